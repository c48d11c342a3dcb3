using System.Collections.Immutable;
using ListingLsp.Syntax.Text;

namespace ListingLsp.Analysis;

/// <summary>One paper as the workspace index knows it.</summary>
public sealed record PaperRef(
    string Uri,
    string Title,
    int Line,
    TextSpan TitleSpan,
    string? Category,
    DateOnly? Date,
    ImmutableArray<string> Authors,
    ImmutableArray<string> Orgs);

/// <summary>
/// Immutable index of the papers of every listing in the workspace, keyed by document URI.
/// Updating one document costs that document's entries, not the workspace's.
/// </summary>
public sealed partial class WorkspaceIndex
{
    public static WorkspaceIndex Empty => throw new NotImplementedException();

    public WorkspaceIndex SetDocument(string uri, ListingDocument document) => throw new NotImplementedException();

    public WorkspaceIndex RemoveDocument(string uri) => throw new NotImplementedException();

    public IEnumerable<string> Documents => throw new NotImplementedException();

    /// <summary>Papers whose title words or author names match every word of the query (case-insensitive prefix match), best first.</summary>
    public IReadOnlyList<PaperRef> Search(string query, int maxResults) => throw new NotImplementedException();

    public IReadOnlyList<PaperRef> PapersByAuthor(string author) => throw new NotImplementedException();

    public IReadOnlyList<PaperRef> PapersByOrg(string tag) => throw new NotImplementedException();

    /// <summary>Org tags used in the workspace with their paper counts, most frequent first.</summary>
    public IReadOnlyList<(string Tag, int Count)> OrgTags => throw new NotImplementedException();

    /// <summary>Author names used in the workspace with their paper counts, most frequent first.</summary>
    public IReadOnlyList<(string Name, int Count)> Authors => throw new NotImplementedException();
}
