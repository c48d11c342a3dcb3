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

    private static string Key(ReadOnlySpan<char> normalized)
    {
        var sb = new StringBuilder(normalized.Length);
        var space = false;
        foreach (var c in normalized)
        {
            if (char.IsWhiteSpace(c))
            {
                space = sb.Length > 0;
                continue;
            }
            if (char.IsPunctuation(c) || char.IsSymbol(c))
            {
                continue;
            }
            if (space)
            {
                sb.Append(' ');
                space = false;
            }
            sb.Append(char.ToLowerInvariant(c));
        }
        return sb.ToString();
    }

    /// <summary>Same-author key: case-insensitive, white space collapsed.</summary>
    public static string OfName(string name) =>
        string.Join(' ', name.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries)).ToLowerInvariant();
}
