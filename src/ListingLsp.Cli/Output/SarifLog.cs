using System.Text.Json.Serialization;

namespace ListingLsp.Cli.Output;

// The subset of SARIF 2.1.0 that `listing check --format sarif` writes.
#pragma warning disable CA1056 // SARIF calls them uri and keeps them as strings

internal sealed record SarifLog(
    [property: JsonPropertyName("$schema")] string Schema,
    string Version,
    IReadOnlyList<SarifRun> Runs);

internal sealed record SarifRun(SarifTool Tool, IReadOnlyList<SarifArtifact> Artifacts, IReadOnlyList<SarifResult> Results, string ColumnKind);

internal sealed record SarifTool(SarifDriver Driver);

internal sealed record SarifDriver(string Name, string SemanticVersion, IReadOnlyList<SarifRule> Rules);

internal sealed record SarifRule(string Id, SarifText ShortDescription, SarifConfiguration DefaultConfiguration);

internal sealed record SarifConfiguration(string Level);

internal sealed record SarifText(string Text);

internal sealed record SarifArtifact(SarifArtifactLocation Location);

internal sealed record SarifArtifactLocation(string Uri, int? Index = null);

internal sealed record SarifResult(
    string RuleId,
    int RuleIndex,
    string Level,
    SarifText Message,
    IReadOnlyList<SarifLocation> Locations,
    IReadOnlyList<SarifLocation>? RelatedLocations);

internal sealed record SarifLocation(SarifPhysicalLocation PhysicalLocation, int? Id = null, SarifText? Message = null);

internal sealed record SarifPhysicalLocation(SarifArtifactLocation ArtifactLocation, SarifRegion Region);

internal sealed record SarifRegion(int StartLine, int StartColumn, int EndLine, int EndColumn);
