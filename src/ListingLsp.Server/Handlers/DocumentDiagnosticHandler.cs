using ListingLsp.Server.Diagnostics;
using ListingLsp.Server.Documents;
using ListingLsp.Server.Protocol;

namespace ListingLsp.Server.Handlers;

/// <summary>
/// textDocument/diagnostic (pull). The resultId fingerprints the diagnostics themselves, so the answer
/// is <c>unchanged</c> whenever the client already shows exactly these diagnostics, edits or not.
/// </summary>
internal sealed class DocumentDiagnosticHandler : IDocumentRequestHandler<DocumentDiagnosticParams, DocumentDiagnosticReport>
{
    private static readonly string EmptyFingerprint = SerializedDiagnostics.Empty.Fingerprint();

    private readonly DocumentStore documents;
    private readonly DiagnosticsCache cache = new();

    public DocumentDiagnosticHandler(DocumentStore documents)
    {
        this.documents = documents;
        documents.Closed += (key, _) => cache.Forget(key);
    }

    public DocumentDiagnosticReport Handle(DocumentSnapshot document, DocumentDiagnosticParams request, CancellationToken cancellationToken)
    {
        var diagnostics = cache.Serialize(DocumentUri.Normalize(document.Uri), document, documents.Positions, cancellationToken);
        return Report(diagnostics, diagnostics.Fingerprint(), request.PreviousResultId);
    }

    public DocumentDiagnosticReport NotOpen(DocumentDiagnosticParams request) => Report(SerializedDiagnostics.Empty, EmptyFingerprint, request.PreviousResultId);

    private static DocumentDiagnosticReport Report(SerializedDiagnostics diagnostics, string resultId, string? previous) =>
        resultId == previous
            ? new DocumentDiagnosticReport(DocumentDiagnosticReport.Unchanged, resultId, null)
            : new DocumentDiagnosticReport(DocumentDiagnosticReport.Full, resultId, diagnostics);
}
