using ListingLsp.Analysis.Editing;
using ListingLsp.Server.Documents;
using ListingLsp.Server.Protocol;

namespace ListingLsp.Server.Handlers;

/// <summary>textDocument/selectionRange: for each caret, token -> field -> line -> entry -> section -> file.</summary>
internal sealed class SelectionRangeHandler(DocumentStore documents) : IDocumentRequestHandler<SelectionRangeParams, SelectionRange[]?>
{
    public SelectionRange[]? Handle(DocumentSnapshot document, SelectionRangeParams request, CancellationToken cancellationToken)
    {
        var text = document.Document.Text;
        return
        [
            .. request.Positions.Select(position =>
            {
                var steps = SelectionRanges.Compute(document.Document, documents.Positions.ToOffset(text, position));
                SelectionRange? chain = null;
                for (var i = steps.Length - 1; i >= 0; i--)
                {
                    chain = new SelectionRange(documents.Positions.ToRange(text, steps[i]), chain);
                }
                // Every offset is inside the file, so the chain has at least the whole-file step.
                return chain!;
            }),
        ];
    }
}
