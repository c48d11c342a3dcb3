using ListingLsp.Analysis.Editing;
using ListingLsp.Server.Documents;
using ListingLsp.Server.Protocol;
using ListingLsp.Server.Settings;

namespace ListingLsp.Server.Handlers;

/// <summary>textDocument/inlayHint: a category's full name after its code, unless <c>listing.inlayHints.enabled</c> is off.</summary>
internal sealed class InlayHintHandler(DocumentStore documents, SettingsService settings) : IDocumentRequestHandler<InlayHintParams, InlayHint[]?>
{
    private const int TypeHint = 1;

    public InlayHint[]? Handle(DocumentSnapshot document, InlayHintParams request, CancellationToken cancellationToken)
    {
        if (!settings.Current.InlayHintsEnabled)
        {
            return [];
        }
        var text = document.Document.Text;
        var range = documents.Positions.ToSpan(text, request.Range);
        return
        [
            .. InlayHints.Compute(document.Document, range, cancellationToken)
                .Select(h => new InlayHint(documents.Positions.ToPosition(text, h.Offset), h.Label, TypeHint, h.Tooltip, PaddingLeft: true, PaddingRight: true)),
        ];
    }
}
