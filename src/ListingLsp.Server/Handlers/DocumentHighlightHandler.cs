using ListingLsp.Analysis.Editing;
using ListingLsp.Server.Documents;
using ListingLsp.Server.Protocol;

namespace ListingLsp.Server.Handlers;

/// <summary>textDocument/documentHighlight on an author or org tag: its occurrences in this document.</summary>
internal sealed class DocumentHighlightHandler(DocumentStore documents) : IDocumentRequestHandler<DocumentHighlightParams, DocumentHighlight[]?>
{
    public DocumentHighlight[]? Handle(DocumentSnapshot document, DocumentHighlightParams request, CancellationToken cancellationToken)
    {
        var listing = document.Document;
        if (ListingSymbols.At(listing, documents.Positions.ToOffset(listing.Text, request.Position)) is not { } symbol)
        {
            return null;
        }
        return [.. ListingSymbols.Occurrences(listing, symbol.Kind, symbol.Key).Select(o => new DocumentHighlight(documents.Positions.ToRange(listing.Text, o.Span)))];
    }
}
