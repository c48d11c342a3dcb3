using ListingLsp.Analysis.Editing;
using ListingLsp.Server.Documents;
using ListingLsp.Server.Protocol;

namespace ListingLsp.Server.Handlers;

/// <summary>textDocument/foldingRange: entries, sections and runs of comments (whole lines).</summary>
internal sealed class FoldingRangeHandler : IDocumentRequestHandler<FoldingRangeParams, FoldingRange[]?>
{
    public FoldingRange[]? Handle(DocumentSnapshot document, FoldingRangeParams request, CancellationToken cancellationToken) =>
    [
        .. FoldingRanges.Compute(document.Document, cancellationToken).Select(f =>
            new FoldingRange(f.StartLine, f.EndLine, f.Kind == FoldKind.Comment ? FoldingRangeKind.Comment : FoldingRangeKind.Region)),
    ];
}
