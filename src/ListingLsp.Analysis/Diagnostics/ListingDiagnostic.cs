using System.Collections.Immutable;
using ListingLsp.Syntax.Text;

namespace ListingLsp.Analysis;

/// <summary>Same numbering as LSP's DiagnosticSeverity.</summary>
public enum DiagnosticSeverity
{
    Error = 1,
    Warning = 2,
    Information = 3,
    Hint = 4,
}

/// <summary>A place in this document that a diagnostic points at (LST030's other copy).</summary>
public sealed record RelatedLocation(TextSpan Span, string Message);

/// <summary>
/// A quick fix as plain text edits on the document it was computed for. <see cref="IsSafe"/> fixes are
/// the ones <c>listing fix</c> and "fix all" apply without asking (one obvious outcome).
/// </summary>
public sealed record CodeFix(string Title, ImmutableArray<TextChange> Edits, bool IsPreferred, bool IsSafe);

/// <summary>One finding. Spans are absolute UTF-16 offsets into the document.</summary>
public sealed record ListingDiagnostic(
    string Code,
    DiagnosticSeverity Severity,
    TextSpan Span,
    string Message,
    ImmutableArray<RelatedLocation> Related,
    ImmutableArray<CodeFix> Fixes);
