using ListingLsp.Analysis;
using ListingLsp.Server.Documents;
using ListingLsp.Server.Protocol;
using ListingLsp.Server.Settings;

namespace ListingLsp.Server.Handlers;

/// <summary>
/// textDocument/formatting and textDocument/rangeFormatting (the entries the range touches) with the
/// analysis formatter: minimal edits, never a whole-document replacement. The blank lines between
/// entries come from the <c>listing.format.blankLinesBetweenEntries</c> setting.
/// </summary>
internal sealed class FormattingHandler(DocumentStore documents, SettingsService settings)
    : IDocumentRequestHandler<DocumentFormattingParams, TextEdit[]?>, IDocumentRequestHandler<DocumentRangeFormattingParams, TextEdit[]?>
{
    public TextEdit[]? Handle(DocumentSnapshot document, DocumentFormattingParams request, CancellationToken cancellationToken)
    {
        var text = document.Document.Text;
        return documents.Positions.ToTextEdits(text, ListingFormatter.Format(document.Document, settings.Current.Formatting));
    }

    public TextEdit[]? Handle(DocumentSnapshot document, DocumentRangeFormattingParams request, CancellationToken cancellationToken)
    {
        var text = document.Document.Text;
        var range = documents.Positions.ToSpan(text, request.Range);
        return documents.Positions.ToTextEdits(text, ListingFormatter.Format(document.Document, settings.Current.Formatting, range));
    }
}
