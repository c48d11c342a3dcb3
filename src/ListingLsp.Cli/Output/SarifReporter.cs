using System.Text.Json;
using ListingLsp.Analysis;

namespace ListingLsp.Cli.Output;

/// <summary>SARIF 2.1.0 for code-scanning services: one run, every rule declared, 1-based UTF-16 regions.</summary>
internal sealed class SarifReporter : IReporter
{
    private const string SchemaUri = "https://json.schemastore.org/sarif-2.1.0.json";

    public void Write(TextWriter output, IReadOnlyList<FileFindings> files)
    {
        // Every code the engine knows is declared, so a rule's index does not depend on what this run found.
        var descriptors = DiagnosticCodes.All;
        var ruleIndex = descriptors.Select((d, i) => (d.Code, i)).ToDictionary(p => p.Code, p => p.i);
        var rules = descriptors
            .Select(d => new SarifRule(d.Code, new SarifText(d.Title), new SarifConfiguration(Level(d.DefaultSeverity))))
            .ToList();
        var artifacts = files.Select(f => new SarifArtifact(new SarifArtifactLocation(Uri(f.File)))).ToList();
        var results = files.SelectMany((file, fileIndex) => file.Findings.Select(f => new SarifResult(
            f.Code,
            ruleIndex.GetValueOrDefault(f.Code, -1),
            Level(f.Severity),
            new SarifText(f.Message),
            [Location(fileIndex, f.File, f.Range)],
            f.Related.IsEmpty ? null : f.Related.Select((r, i) => Location(fileIndex, f.File, r.Range) with { Id = i, Message = new SarifText(r.Message) }).ToList())))
            .ToList();
        var driver = new SarifDriver("listing", ToolVersion.Value, rules);
        var log = new SarifLog(SchemaUri, "2.1.0", [new SarifRun(new SarifTool(driver), artifacts, results, "utf16CodeUnits")]);
        output.WriteLine(JsonSerializer.Serialize(log, CliJson.Sarif.SarifLog));
    }

    private static SarifLocation Location(int fileIndex, string file, FindingRange range) =>
        new(new SarifPhysicalLocation(
            new SarifArtifactLocation(Uri(file), fileIndex),
            new SarifRegion(range.Start.Line + 1, range.Start.Character + 1, range.End.Line + 1, range.End.Character + 1)));

    private static string Level(DiagnosticSeverity severity) => severity switch
    {
        DiagnosticSeverity.Error => "error",
        DiagnosticSeverity.Warning => "warning",
        _ => "note",
    };

    /// <summary>Relative paths stay relative URI references (resolved against the checkout); absolute ones become file URIs.</summary>
    private static string Uri(string path) =>
        Path.IsPathRooted(path)
            ? new Uri(path).AbsoluteUri
            : string.Join('/', path.Split('/').Select(System.Uri.EscapeDataString));
}
