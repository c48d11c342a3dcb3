using System.Text.Json;
using ListingLsp.Analysis;
using ListingLsp.Server.Documents;
using ListingLsp.Server.Protocol;

namespace ListingLsp.Server.Diagnostics;

/// <summary>The analysis findings of a snapshot as LSP diagnostics (ranges in the negotiated encoding).</summary>
internal static class DiagnosticConverter
{
    public const string Source = "listing";

    public static Diagnostic[] Convert(DocumentSnapshot snapshot, PositionConverter positions, CancellationToken cancellationToken = default)
    {
        var findings = snapshot.Document.GetDiagnostics();
        var result = new Diagnostic[findings.Count];
        var i = 0;
        // One walk over the list: its indexer searches from the root on every call (O(log n) plus the document-wide findings).
        foreach (var finding in findings)
        {
            cancellationToken.ThrowIfCancellationRequested();
            result[i++] = Convert(snapshot, positions, finding);
        }
        return result;
    }

    /// <summary>One finding as an LSP diagnostic (what a code action quotes; equal to its entry in the full list).</summary>
    public static Diagnostic Convert(DocumentSnapshot snapshot, PositionConverter positions, ListingDiagnostic finding)
    {
        var text = snapshot.Document.Text;
        return new Diagnostic
        {
            Range = positions.ToRange(text, finding.Span),
            Severity = (Protocol.DiagnosticSeverity)finding.Severity,
            Code = finding.Code,
            Source = Source,
            Message = finding.Message,
            RelatedInformation = finding.Related.IsDefaultOrEmpty
                ? null
                : [.. finding.Related.Select(r => new DiagnosticRelatedInformation(
                    new Location(snapshot.Uri, positions.ToRange(text, r.Span)), r.Message))],
        };
    }

    /// <summary>A stable fingerprint of a diagnostics list (the pull model's resultId).</summary>
    public static string Fingerprint(Diagnostic[] diagnostics)
    {
        var bytes = JsonSerializer.SerializeToUtf8Bytes(diagnostics, LspJsonContext.Default.DiagnosticArray);
        var hash = 14695981039346656037UL;
        foreach (var b in bytes)
        {
            hash = (hash ^ b) * 1099511628211UL;
        }
        return hash.ToString("x16");
    }
}
