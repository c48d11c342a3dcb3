using ListingLsp.Analysis.Editing;
using ListingLsp.Server.Documents;
using ListingLsp.Server.Protocol;
using ListingLsp.Server.Workspace;

namespace ListingLsp.Server.Handlers;

/// <summary>textDocument/references on an author or org tag: every occurrence in every listing of the workspace.</summary>
internal sealed class ReferencesHandler(DocumentStore documents, SymbolScope scope) : IDocumentRequestHandler<ReferenceParams, Location[]?>
{
    public Location[]? Handle(DocumentSnapshot document, ReferenceParams request, CancellationToken cancellationToken)
    {
        var offset = documents.Positions.ToOffset(document.Document.Text, request.Position);
        if (ListingSymbols.At(document.Document, offset) is not { } symbol)
        {
            return null;
        }
        return
        [
            .. scope.Documents(document, symbol, cancellationToken).SelectMany(d =>
                ListingSymbols.Occurrences(d.Document, symbol.Kind, symbol.Key)
                    .Select(o => new Location(d.Uri, documents.Positions.ToRange(d.Document.Text, o.Span)))),
        ];
    }
}
