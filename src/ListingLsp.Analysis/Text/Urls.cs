using System.Text.RegularExpressions;

namespace ListingLsp.Analysis;

/// <summary>http(s) URLs in prose.</summary>
internal static partial class Urls
{
    /// <summary>(offset, url) pairs; sentence punctuation and an unbalanced closing bracket after a URL are not part of it.</summary>
    public static IEnumerable<(int Offset, string Url)> Find(string text)
    {
        foreach (Match m in Candidate().Matches(text))
        {
            var url = m.Value.TrimEnd('.', ',', ';', ':', '!', '?', '\'', '"');
            while (url.EndsWith(')') && url.Count(c => c == '(') < url.Count(c => c == ')'))
            {
                url = url[..^1].TrimEnd('.', ',', ';', ':', '!', '?');
            }
            if (url.IndexOf("://", StringComparison.Ordinal) + 3 < url.Length)
            {
                yield return (m.Index, url);
            }
        }
    }

    /// <summary>Whether <see cref="Find"/> would find a URL, without making strings.</summary>
    public static bool Any(ReadOnlySpan<char> text)
    {
        foreach (var m in Candidate().EnumerateMatches(text))
        {
            var url = text.Slice(m.Index, m.Length).TrimEnd(".,;:!?'\"");
            while (url.EndsWith(')') && url.Count('(') < url.Count(')'))
            {
                url = url[..^1].TrimEnd(".,;:!?");
            }
            if (url.IndexOf("://", StringComparison.Ordinal) + 3 < url.Length)
            {
                return true;
            }
        }
        return false;
    }

    [GeneratedRegex(@"https?://[^\s<>""\]\}]+", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Candidate();
}
