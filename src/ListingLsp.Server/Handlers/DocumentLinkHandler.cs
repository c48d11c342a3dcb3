using ListingLsp.Analysis.Editing;
using ListingLsp.Server.Documents;
using ListingLsp.Server.Protocol;

namespace ListingLsp.Server.Handlers;

/// <summary>textDocument/documentLink: URLs in abstracts, and the <c>Code</c> flag to the entry's code.</summary>
internal sealed class DocumentLinkHandler(DocumentStore documents) : IDocumentRequestHandler<DocumentLinkParams, DocumentLink[]?>
{
    public DocumentLink[]? Handle(DocumentSnapshot document, DocumentLinkParams request, CancellationToken cancellationToken)
    {
        var text = document.Document.Text;
        return
        [
            .. DocumentLinks.Compute(document.Document, cancellationToken: cancellationToken)
                .Where(l => Uri.IsWellFormedUriString(l.Target, UriKind.Absolute))
                .Select(l => new DocumentLink(documents.Positions.ToRange(text, l.Span), l.Target, l.Tooltip)),
        ];
    }
}
