using System.Text.Json;

namespace ListingLsp.Cli.Output;

internal sealed record JsonPosition(int Line, int Character);

internal sealed record JsonRange(JsonPosition Start, JsonPosition End);

/// <summary>One diagnostic in the <c>--format json</c> array (LSP-shaped, 0-based positions).</summary>
internal sealed record JsonDiagnostic(string File, JsonRange Range, string Severity, string Code, string Message);

internal sealed class JsonReporter : IReporter
{
    public void Write(TextWriter output, IReadOnlyList<FileFindings> files)
    {
        var diagnostics = files.SelectMany(f => f.Findings).Select(f => new JsonDiagnostic(
            f.File,
            new JsonRange(Position(f.Range.Start), Position(f.Range.End)),
            SeverityNames.Name(f.Severity),
            f.Code,
            f.Message)).ToList();
        output.WriteLine(JsonSerializer.Serialize(diagnostics, CliJson.Context.ListJsonDiagnostic));
    }

    private static JsonPosition Position(Syntax.Text.LinePosition p) => new(p.Line, p.Character);
}
