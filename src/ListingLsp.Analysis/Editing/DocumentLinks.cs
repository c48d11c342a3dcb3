using System.Collections.Immutable;
using ListingLsp.Syntax.Text;

namespace ListingLsp.Analysis.Editing;

public sealed record ListingLink(TextSpan Span, string Target, string Tooltip);

/// <summary>Links for every URL in an abstract, and for the <c>Code</c> flag to the entry's code.</summary>
public static class DocumentLinks
{
    /// <summary>Hosts whose URLs are the paper's code rather than a project page or a dataset.</summary>
    private static readonly string[] CodeHosts = ["github.com", "gitlab.com", "bitbucket.org", "codeberg.org", "huggingface.co", "sourceforge.net"];

    public static ImmutableArray<ListingLink> Compute(ListingDocument document, TextSpan? range = null, CancellationToken cancellationToken = default)
    {
        var links = ImmutableArray.CreateBuilder<ListingLink>();
        foreach (var entry in EntriesInRange.Of(document, range))
        {
            cancellationToken.ThrowIfCancellationRequested();
            if (entry.CodeFlag is { } flag && CodeUrl(entry) is { } code)
            {
                links.Add(new ListingLink(flag, code, "Open the code: " + code));
            }
            links.AddRange(entry.Urls.Where(u => u.Span.Length > 0).Select(u => new ListingLink(u.Span, u.Value, "Open " + u.Value)));
        }
        return links.ToImmutable();
    }

    /// <summary>The first URL on a code host, else the first URL of the abstract.</summary>
    public static string? CodeUrl(EntryModel entry)
    {
        var urls = entry.Urls.Where(u => u.Value.Length > 0).Select(u => u.Value).ToList();
        return urls.FirstOrDefault(IsOnCodeHost) ?? urls.FirstOrDefault();
    }

    private static bool IsOnCodeHost(string url) =>
        Uri.TryCreate(url, UriKind.Absolute, out var uri)
        && CodeHosts.Any(h => uri.Host.Equals(h, StringComparison.OrdinalIgnoreCase) || uri.Host.EndsWith("." + h, StringComparison.OrdinalIgnoreCase));
}
