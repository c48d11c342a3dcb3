using System.Buffers;
using System.Runtime.CompilerServices;
using System.Text;

namespace ListingLsp.Analysis;

/// <summary>Normal forms that decide when two titles or two names are "the same".</summary>
internal static class TitleKey
{
    /// <summary>
    /// Duplicate-paper key: compatibility-normalised, case-folded, punctuation and symbols dropped,
    /// white space runs collapsed to one space and trimmed.
    /// </summary>
    public static string Of(string title) => Key(title.Normalize(NormalizationForm.FormKC));

    /// <summary>The same key read from a span; ASCII needs no normalisation, so no copy of the title is made for it.</summary>
    public static string Of(ReadOnlySpan<char> title) => Ascii.IsValid(title) ? Key(title) : Of(title.ToString());

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static string Key(ReadOnlySpan<char> normalized)
    {
        // The key is never longer than the title: build it in a rented buffer and copy it out once.
        var buffer = ArrayPool<char>.Shared.Rent(normalized.Length);
        var length = 0;
        var space = false;
        foreach (var c in normalized)
        {
            if (char.IsWhiteSpace(c))
            {
                space = length > 0;
                continue;
            }
            if (char.IsPunctuation(c) || char.IsSymbol(c))
            {
                continue;
            }
            if (space)
            {
                buffer[length++] = ' ';
                space = false;
            }
            buffer[length++] = char.ToLowerInvariant(c);
        }
        var key = new string(buffer, 0, length);
        ArrayPool<char>.Shared.Return(buffer);
        return key;
    }

    /// <summary>Same-author key: case-insensitive, white space collapsed.</summary>
    public static string OfName(string name) =>
        string.Join(' ', name.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries)).ToLowerInvariant();
}
