using ListingLsp.Server.Diagnostics;

namespace ListingLsp.Server.Protocol;

public sealed record Diagnostic
{
    public required Range Range { get; init; }

    public DiagnosticSeverity? Severity { get; init; }

    public string? Code { get; init; }

    public string? Source { get; init; }

    public required string Message { get; init; }

    public IReadOnlyList<DiagnosticRelatedInformation>? RelatedInformation { get; init; }
}

public enum DiagnosticSeverity
{
    Error = 1,
    Warning = 2,
    Information = 3,
    Hint = 4,
}

public sealed record DiagnosticRelatedInformation(Location Location, string Message);

/// <param name="Diagnostics">Serialized ahead: a publication sends every diagnostic of the document, most of them unchanged.</param>
public sealed record PublishDiagnosticsParams(string Uri, int? Version, SerializedDiagnostics Diagnostics);

public sealed record DocumentDiagnosticParams(
    TextDocumentIdentifier TextDocument,
    string? Identifier = null,
    string? PreviousResultId = null) : ITextDocumentParams;

/// <summary>A full report (items set) or an unchanged one (same resultId as the client's previous one).</summary>
public sealed record DocumentDiagnosticReport(string Kind, string ResultId, SerializedDiagnostics? Items)
{
    public const string Full = "full";
    public const string Unchanged = "unchanged";
}
