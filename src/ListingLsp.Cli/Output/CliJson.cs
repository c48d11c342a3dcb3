using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;
using ListingLsp.Cli.Export;

namespace ListingLsp.Cli.Output;

/// <summary>Source-generated serialization (no reflection: the CLI is also published NativeAOT).</summary>
[JsonSourceGenerationOptions(JsonSerializerDefaults.Web, WriteIndented = true)]
[JsonSerializable(typeof(List<JsonDiagnostic>))]
[JsonSerializable(typeof(List<ExportEntry>))]
internal sealed partial class CliJsonContext : JsonSerializerContext;

[JsonSourceGenerationOptions(JsonSerializerDefaults.Web, WriteIndented = true, DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull)]
[JsonSerializable(typeof(SarifLog))]
internal sealed partial class SarifJsonContext : JsonSerializerContext;

internal static class CliJson
{
    // Titles and names are often non-ASCII; output is UTF-8 text for people and tools, not HTML.
    public static CliJsonContext Context { get; } = new(Options());

    public static SarifJsonContext Sarif { get; } = new(Options(JsonIgnoreCondition.WhenWritingNull));

    private static JsonSerializerOptions Options(JsonIgnoreCondition ignore = JsonIgnoreCondition.Never) =>
        new(JsonSerializerDefaults.Web)
        {
            WriteIndented = true,
            DefaultIgnoreCondition = ignore,
            Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        };
}
