using ListingLsp.Server.Documents;
using ListingLsp.Server.Protocol;

namespace ListingLsp.Server.Handlers;

/// <summary>
/// textDocument/documentSymbol (the outline). The answer is written while it is sent (see <see cref="OutlineJson"/>),
/// from the items and the entries' headlines: no entry's abstract is read and no symbol object is made.
/// </summary>
internal sealed class DocumentSymbolHandler(DocumentStore documents) : IDocumentRequestHandler<DocumentSymbolParams, OutlineJson?>
{
    public OutlineJson? Handle(DocumentSnapshot document, DocumentSymbolParams request, CancellationToken cancellationToken) =>
        new(document.Document, documents.Positions);
}
