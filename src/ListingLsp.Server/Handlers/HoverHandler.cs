using ListingLsp.Analysis;
using ListingLsp.Analysis.Editing;
using ListingLsp.Server.Documents;
using ListingLsp.Server.Cards;
using ListingLsp.Server.Protocol;
using ListingLsp.Server.Workspace;
using ListingLsp.Syntax.Text;

namespace ListingLsp.Server.Handlers;

/// <summary>
/// textDocument/hover: on the category or the date, what it means; on an author or an org tag, their
/// papers here and in the workspace; anywhere else in the header or byline (the title, the Code flag,
/// et al.), the paper card. The abstract has no hover (it is the text being read).
/// </summary>
internal sealed class HoverHandler(DocumentStore documents, WorkspaceService workspace) : IDocumentRequestHandler<HoverParams, Hover?>
{
    public Hover? Handle(DocumentSnapshot document, HoverParams request, CancellationToken cancellationToken)
    {
        var listing = document.Document;
        var offset = documents.Positions.ToOffset(listing.Text, request.Position);
        if (listing.EntryAt(offset) is not { } entry)
        {
            return null;
        }
        if (entry.Category is { } category && category.Span.Contains(offset))
        {
            return Card(document, category.Span, HoverCards.Category(category.Value, entry.CategoryInfo));
        }
        if (entry.DateText is { } date && date.Span.Contains(offset))
        {
            return Card(document, date.Span, HoverCards.Date(date.Value, entry.Date));
        }
        if (ListingSymbols.At(listing, offset) is { } symbol)
        {
            return Card(document, symbol.Span, SymbolCard(listing, symbol, cancellationToken));
        }
        if (entry.Abstract is { } summary && summary.Span.Contains(offset))
        {
            return null;
        }
        var span = entry.Title is { } title && title.Span.Touches(offset) ? title.Span : entry.HeaderSpan;
        return Card(document, span, HoverCards.Paper(entry));
    }

    private string SymbolCard(ListingDocument listing, ListingSymbol symbol, CancellationToken cancellationToken)
    {
        var inDocument = listing.Headlines.Count(e => ListingSymbols.Parts(e, symbol.Kind).Any(p => ListingSymbols.KeyOf(symbol.Kind, p.Value) == symbol.Key));
        cancellationToken.ThrowIfCancellationRequested();
        var index = workspace.Current;
        if (symbol.Kind == ListingSymbolKind.Author)
        {
            return HoverCards.Person(symbol.Text, "author", inDocument, index.PapersByAuthor(symbol.Text));
        }
        var tag = symbol.Key;
        var known = KnownOrgs.Find(tag)?.DisplayName;
        return HoverCards.Person(tag, known is null ? "organisation" : Markdown.Escape(known), inDocument, index.PapersByOrg(tag));
    }

    private Hover Card(DocumentSnapshot document, TextSpan span, string markdown) =>
        new(new MarkupContent(MarkupContent.Markdown, markdown), documents.Positions.ToRange(document.Document.Text, span));
}
