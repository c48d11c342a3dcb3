using System.Collections.Immutable;
using ListingLsp.Analysis;
using ListingLsp.Syntax.Text;

namespace ListingLsp.Cli.Output;

/// <summary>A place in a file, as 0-based LSP positions (UTF-16 characters).</summary>
internal readonly record struct FindingRange(LinePosition Start, LinePosition End);

internal sealed record RelatedFinding(FindingRange Range, string Message);

/// <summary>One diagnostic of one file, resolved to lines so every output format can print it without the document.</summary>
internal sealed record Finding(
    string File,
    string Code,
    DiagnosticSeverity Severity,
    string Message,
    FindingRange Range,
    string LineText,
    ImmutableArray<RelatedFinding> Related)
{
    public static Finding From(string file, ListingDocument document, ListingDiagnostic diagnostic)
    {
        var text = document.Text;
        var range = RangeOf(text, diagnostic.Span);
        var line = range.Start.Line;
        var lineStart = text.GetLineStart(line);
        var lineText = text.ToString(lineStart, text.GetLineEnd(line) - lineStart);
        var related = diagnostic.Related.Select(r => new RelatedFinding(RangeOf(text, r.Span), r.Message)).ToImmutableArray();
        return new Finding(file, diagnostic.Code, diagnostic.Severity, diagnostic.Message, range, lineText, related);
    }

    private static FindingRange RangeOf(Rope text, TextSpan span) =>
        new(text.GetPosition(span.Start), text.GetPosition(span.End));
}

/// <summary>What <c>listing check</c> found in one file.</summary>
internal sealed record FileFindings(string File, ImmutableArray<Finding> Findings);

internal static class SeverityNames
{
    /// <summary>LSP's names, used by the text and JSON formats.</summary>
    public static string Name(DiagnosticSeverity severity) => severity switch
    {
        DiagnosticSeverity.Error => "error",
        DiagnosticSeverity.Warning => "warning",
        DiagnosticSeverity.Information => "information",
        _ => "hint",
    };
}
