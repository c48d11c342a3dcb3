using ListingLsp.Analysis;
using ListingLsp.Server.Documents;
using ListingLsp.Server.Protocol;

namespace ListingLsp.Server.Diagnostics;

/// <summary>Analysis findings as LSP diagnostics (ranges in the negotiated encoding).</summary>
internal static class DiagnosticConverter
{
    public const string Source = "listing";

    /// <summary>
    /// One finding as an LSP diagnostic (what a code action quotes; equal to its entry in the full list).
    /// Its spans are relative to <paramref name="offset"/> (a group's findings, <see cref="DiagnosticGroup"/>).
    /// </summary>
    public static Diagnostic Convert(DocumentSnapshot snapshot, PositionConverter positions, ListingDiagnostic finding, int offset = 0)
    {
        var text = snapshot.Document.Text;
        return new Diagnostic
        {
            Range = positions.ToRange(text, finding.Span.Shift(offset)),
            Severity = (Protocol.DiagnosticSeverity)finding.Severity,
            Code = finding.Code,
            Source = Source,
            Message = finding.Message,
            RelatedInformation = finding.Related.IsDefaultOrEmpty
                ? null
                : [.. finding.Related.Select(r => new DiagnosticRelatedInformation(
                    new Location(snapshot.Uri, positions.ToRange(text, r.Span.Shift(offset))), r.Message))],
        };
    }
}
