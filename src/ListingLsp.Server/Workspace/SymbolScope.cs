using ListingLsp.Analysis;
using ListingLsp.Analysis.Editing;
using ListingLsp.Server.Documents;
using ListingLsp.Server.Logging;
using Microsoft.Extensions.Logging;

namespace ListingLsp.Server.Workspace;

/// <summary>A listing that may hold an author or org: its URI as the client knows it, its version when open (null for a file on disk).</summary>
internal sealed record ScopedDocument(string Uri, int? Version, ListingDocument Document);

/// <summary>
/// The documents that references and rename visit for an author or org tag: the one the request came
/// from, then every other listing the workspace index says has a paper by them (open documents as
/// the editor has them, other files read from disk).
/// </summary>
internal sealed class SymbolScope(DocumentStore documents, WorkspaceService workspace, AnalysisOptionsProvider analysisOptions, ILogger<SymbolScope> logger)
{
    public IEnumerable<ScopedDocument> Documents(DocumentSnapshot origin, ListingSymbol symbol, CancellationToken cancellationToken)
    {
        yield return new ScopedDocument(origin.Uri, origin.Version, origin.Document);
        var index = workspace.Current;
        var papers = symbol.Kind == ListingSymbolKind.Author ? index.PapersByAuthor(symbol.Text) : index.PapersByOrg(symbol.Key);
        var originKey = DocumentUri.Normalize(origin.Uri);
        foreach (var key in papers.Select(p => DocumentUri.Normalize(p.Uri)).Distinct(StringComparer.Ordinal).Where(k => k != originKey))
        {
            cancellationToken.ThrowIfCancellationRequested();
            if (documents.Find(key) is { } open)
            {
                yield return new ScopedDocument(open.Uri, open.Version, open.Document);
            }
            else if (Load(key) is { } onDisk)
            {
                yield return new ScopedDocument(key, null, onDisk);
            }
        }
    }

    private ListingDocument? Load(string key)
    {
        try
        {
            return DocumentUri.ToPath(key) is { } path ? ListingDocument.Create(File.ReadAllText(path), analysisOptions.Current) : null;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            logger.Unreadable(key, e.Message);
            return null;
        }
    }
}
