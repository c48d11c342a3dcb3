using ListingLsp.Analysis;
using ListingLsp.Server.Documents;
using ListingLsp.Server.Cards;
using ListingLsp.Server.Protocol;
using ListingLsp.Server.Workspace;

namespace ListingLsp.Server.Handlers;

/// <summary>workspace/symbol ("jump to paper"): papers by words of the title or an author's name, in every listing of the workspace.</summary>
internal sealed class WorkspaceSymbolHandler(WorkspaceService workspace, DocumentStore documents) : IRequestHandler<WorkspaceSymbolParams, WorkspaceSymbol[]>
{
    private const int MaxResults = 200;

    public WorkspaceSymbol[] Handle(WorkspaceSymbolParams request, CancellationToken cancellationToken)
    {
        var papers = workspace.Current.Search(request.Query, MaxResults);
        var symbols = new WorkspaceSymbol[papers.Count];
        for (var i = 0; i < papers.Count; i++)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var paper = papers[i];
            symbols[i] = new WorkspaceSymbol(
                string.IsNullOrWhiteSpace(paper.Title) ? "(untitled)" : paper.Title,
                SymbolKind.Object,
                Container(paper),
                new Location(documents.Find(paper.Uri)?.Uri ?? paper.Uri, TitleRange(paper)));
        }
        return symbols;
    }

    /// <summary><c>CL · Aug 8, 2025 · First Author</c>, what tells two papers with similar titles apart.</summary>
    private static string Container(PaperRef paper)
    {
        var parts = new[] { paper.Category, paper.Date is DateOnly d ? HoverCards.ShortDate(d) : null, paper.Authors.FirstOrDefault() };
        return string.Join(" · ", parts.Where(p => !string.IsNullOrEmpty(p)));
    }

    /// <summary>
    /// The title's range. An open document converts the span with its text; a file on disk needs no text,
    /// because a title always starts its byline, the line after the header.
    /// </summary>
    private Protocol.Range TitleRange(PaperRef paper)
    {
        if (documents.Find(paper.Uri) is { } open && paper.TitleSpan.End <= open.Document.Text.Length)
        {
            return documents.Positions.ToRange(open.Document.Text, paper.TitleSpan);
        }
        var line = paper.Line + 1;
        return new Protocol.Range(new Position(line, 0), new Position(line, documents.Positions.Measure(paper.Title)));
    }
}
