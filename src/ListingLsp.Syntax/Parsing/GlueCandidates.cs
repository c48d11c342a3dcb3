using System.Globalization;

namespace ListingLsp.Syntax.Parsing;

/// <summary>
/// The cheap pre-check of <see cref="TitleSplitter"/> as one lookup per char in a 64K table, built
/// once: author lists are full of non-Latin names, and a Unicode category lookup per char (two for a
/// caseless letter) cost about a fifth more over a listing's bylines.
/// </summary>
internal static class GlueCandidates
{
    /// <summary>An uppercase letter or a high surrogate: may begin a name glued to the word before it.</summary>
    private const byte StartsName = 1;

    /// <summary>A caseless letter (CJK, Arabic...): begins a glued name unless it follows a non-Latin letter.</summary>
    private const byte CaselessLetter = 2;

    /// <summary>A letter outside the Latin ranges (surrogates excluded).</summary>
    private const byte NonLatinLetter = 4;

    private static readonly byte[] Flags = Build();

    /// <summary>
    /// A necessary condition for <see cref="TitleSplitter.IsGluePoint"/> at <paramref name="c"/>: a name
    /// begins with a capital or a caseless letter, not after a space, and a caseless letter glues only to
    /// a Latin letter, a digit or punctuation, never to another letter of its own script.
    /// </summary>
    public static bool MayBeGluePoint(char c, char previous)
    {
        var flags = Flags[c];
        if (flags == 0 || previous == ' ')
        {
            return false;
        }
        return (flags & StartsName) != 0 || (Flags[previous] & NonLatinLetter) == 0;
    }

    private static byte[] Build()
    {
        var flags = new byte[char.MaxValue + 1];
        for (var i = 0; i <= char.MaxValue; i++)
        {
            var c = (char)i;
            if (char.IsSurrogate(c))
            {
                flags[i] = char.IsHighSurrogate(c) ? StartsName : (byte)0;
                continue;
            }
            var category = CharUnicodeInfo.GetUnicodeCategory(c);
            flags[i] = category switch
            {
                UnicodeCategory.UppercaseLetter => StartsName,
                UnicodeCategory.OtherLetter => CaselessLetter,
                _ => 0,
            };
            if (char.IsLetter(c) && !TitleSplitter.IsLatinRange(c))
            {
                flags[i] |= NonLatinLetter;
            }
        }
        return flags;
    }
}
