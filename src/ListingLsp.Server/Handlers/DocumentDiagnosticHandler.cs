using ListingLsp.Server.Diagnostics;
using ListingLsp.Server.Documents;
using ListingLsp.Server.Protocol;

namespace ListingLsp.Server.Handlers;

/// <summary>
/// textDocument/diagnostic (pull). The resultId fingerprints the diagnostics themselves, so the answer
/// is <c>unchanged</c> whenever the client already shows exactly these diagnostics, edits or not.
/// </summary>
internal sealed class DocumentDiagnosticHandler(DocumentStore documents) : IDocumentRequestHandler<DocumentDiagnosticParams, DocumentDiagnosticReport>
{
    private static readonly string EmptyFingerprint = DiagnosticConverter.Fingerprint([]);

    public DocumentDiagnosticReport Handle(DocumentSnapshot document, DocumentDiagnosticParams request, CancellationToken cancellationToken)
    {
        var diagnostics = DiagnosticConverter.Convert(document, documents.Positions, cancellationToken);
        return Report(diagnostics, DiagnosticConverter.Fingerprint(diagnostics), request.PreviousResultId);
    }

    public DocumentDiagnosticReport NotOpen(DocumentDiagnosticParams request) => Report([], EmptyFingerprint, request.PreviousResultId);

    private static DocumentDiagnosticReport Report(Diagnostic[] diagnostics, string resultId, string? previous) =>
        resultId == previous
            ? new DocumentDiagnosticReport(DocumentDiagnosticReport.Unchanged, resultId, null)
            : new DocumentDiagnosticReport(DocumentDiagnosticReport.Full, resultId, diagnostics);
}
