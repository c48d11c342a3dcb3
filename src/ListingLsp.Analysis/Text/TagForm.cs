using System.Globalization;
using System.Text;

namespace ListingLsp.Analysis;

/// <summary>Org tag form: lowercase ASCII letters, digits and hyphens, starting with a letter or digit.</summary>
public static class TagForm
{
    public static bool IsTag(string text) => IsTag(text.AsSpan());

    public static bool IsTag(ReadOnlySpan<char> text)
    {
        if (text.Length == 0 || !(char.IsAsciiLetterLower(text[0]) || char.IsAsciiDigit(text[0])))
        {
            return false;
        }
        foreach (var c in text)
        {
            if (!(char.IsAsciiLetterLower(c) || char.IsAsciiDigit(c) || c == '-'))
            {
                return false;
            }
        }
        return true;
    }

    /// <summary>
    /// The tag a name stands for (<c>Google DeepMind</c> -> <c>google-deepmind</c>): accents dropped,
    /// lowercased, every run of other characters one hyphen, no hyphen at either end. Null when
    /// nothing of the name survives.
    /// </summary>
    public static string? ToTag(string text)
    {
        var sb = new StringBuilder(text.Length);
        var pendingHyphen = false;
        foreach (var c in text.Normalize(NormalizationForm.FormD))
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark)
            {
                continue;
            }
            if (char.IsAsciiLetterOrDigit(c))
            {
                if (pendingHyphen && sb.Length > 0)
                {
                    sb.Append('-');
                }
                pendingHyphen = false;
                sb.Append(char.ToLowerInvariant(c));
            }
            else
            {
                pendingHyphen = true;
            }
        }
        return sb.Length == 0 ? null : sb.ToString();
    }
}
