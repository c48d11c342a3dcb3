using System.Buffers;
using System.Globalization;
using System.Text;

namespace ListingLsp.Syntax.Parsing;

/// <summary>
/// Where a byline's title ends and its first author begins. Paper feeds glue the title to the first
/// author; the split point is the rightmost *glue point*: a position inside a word where a name
/// begins (format rule, see docs/format.md). Scanning from the right over the whole text is the same
/// as scanning the <c>", "</c> segments from the right and taking the rightmost glue point of the first
/// segment that has one, because a segment never starts with a glue point (it follows a space).
/// </summary>
internal static class TitleSplitter
{
    // Name prefixes that start a word and are followed by a capital inside the name (McDonald, LeCun).
    private static readonly string[] NamePrefixes =
        ["Mc", "Mac", "O'", "O\u2019", "D'", "D\u2019", "Fitz", "De", "Di", "Da", "Du", "La", "Le", "Van", "Von", "St"];

    /// <summary>Offset where the first author begins, or -1 when the text has no glue point (LST011).</summary>
    public static int FindAuthorsStart(ReadOnlySpan<char> text)
    {
        for (var i = text.Length - 1; i >= 1; i--)
        {
            if (GlueCandidates.MayBeGluePoint(text[i], text[i - 1]) && IsGluePoint(text, i))
            {
                return i;
            }
        }
        return -1;
    }

    /// <summary>True when a name begins at <paramref name="i"/>, glued to the word before it.</summary>
    public static bool IsGluePoint(ReadOnlySpan<char> text, int i)
    {
        if (i <= 0 || Rune.DecodeFromUtf16(text[i..], out var current, out var currentLength) != OperationStatus.Done)
        {
            return false;
        }
        var previousIndex = char.IsLowSurrogate(text[i - 1]) && i >= 2 && char.IsHighSurrogate(text[i - 2]) ? i - 2 : i - 1;
        if (Rune.DecodeFromUtf16(text[previousIndex..i], out var previous, out _) != OperationStatus.Done || Rune.IsWhiteSpace(previous))
        {
            return false;
        }
        bool glued;
        if (Rune.IsUpper(current))
        {
            var next = i + currentLength < text.Length ? text[i + currentLength] : '\0';
            glued = Rune.IsLower(previous)
                || Rune.IsDigit(previous)
                || IsGluingPunctuation(text, previousIndex, previous)
                || (Rune.IsUpper(previous) && (char.IsLower(next) || next == '.'));
        }
        else
        {
            glued = Rune.GetUnicodeCategory(current) == UnicodeCategory.OtherLetter
                && (IsLatinLetter(previous) || Rune.IsDigit(previous) || IsPunctuationOrSymbol(previous));
        }
        return glued && !FollowsNamePrefix(text, i);
    }

    private static bool IsPunctuationOrSymbol(Rune r) => Rune.IsPunctuation(r) || Rune.IsSymbol(r);

    /// <summary>Punctuation a name may be glued to: not an opening bracket or quote, a hyphen or an apostrophe.</summary>
    private static bool IsGluingPunctuation(ReadOnlySpan<char> text, int index, Rune r)
    {
        if (!IsPunctuationOrSymbol(r))
        {
            return false;
        }
        switch (Rune.GetUnicodeCategory(r))
        {
            case UnicodeCategory.OpenPunctuation:
            case UnicodeCategory.InitialQuotePunctuation:
            case UnicodeCategory.DashPunctuation:
                return false;
        }
        return r.Value switch
        {
            '\'' or '\u2019' => false,
            // A straight double quote opens when it starts a word, and closes otherwise.
            '"' => index > 0 && !char.IsWhiteSpace(text[index - 1]) && !char.IsPunctuation(text[index - 1]),
            _ => true,
        };
    }

    private static bool IsLatinLetter(Rune r) => Rune.IsLetter(r) && IsLatinRange(r.Value);

    /// <summary>Basic Latin to IPA extensions, Latin Extended Additional and Latin Extended-D.</summary>
    internal static bool IsLatinRange(int value) => value < 0x0250 || value is >= 0x1E00 and <= 0x1EFF or >= 0xA720 and <= 0xA7FF;

    /// <summary>True when the word holding <paramref name="i"/> starts with a name prefix that ends at i.</summary>
    private static bool FollowsNamePrefix(ReadOnlySpan<char> text, int i)
    {
        var start = i;
        while (start > 0 && !char.IsWhiteSpace(text[start - 1]))
        {
            start--;
        }
        while (start < i && (text[start] is '"' || CharUnicodeInfo.GetUnicodeCategory(text[start])
                   is UnicodeCategory.OpenPunctuation or UnicodeCategory.InitialQuotePunctuation))
        {
            start++;
        }
        var word = text[start..i];
        foreach (var prefix in NamePrefixes)
        {
            if (word.SequenceEqual(prefix))
            {
                return true;
            }
        }
        return false;
    }
}
