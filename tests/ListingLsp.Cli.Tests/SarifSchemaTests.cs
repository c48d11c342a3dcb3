using System.Text.Json;
using System.Text.Json.Nodes;
using Json.Schema;

namespace ListingLsp.Cli.Tests;

/// <summary>The SARIF output against the official SARIF 2.1.0 schema (fetched from npm by the build, see the csproj).</summary>
public class SarifSchemaTests
{
    [Fact]
    public async Task Sarif_output_is_valid_against_the_sarif_2_1_0_schema()
    {
        var run = await CliRunner.RunAsync("check", "--format", "sarif", CliRunner.Input("check/input"));

        var results = Schema.Value.Evaluate(JsonDocument.Parse(run.Stdout).RootElement, new EvaluationOptions { OutputFormat = OutputFormat.List });

        var errors = results.Details?.Where(d => d.Errors is not null).SelectMany(d => d.Errors!.Select(e => $"{d.InstanceLocation}: {e.Value}")) ?? [];
        Assert.True(results.IsValid, string.Join("\n", errors));
        Assert.NotEmpty(JsonNode.Parse(run.Stdout)!["runs"]![0]!["results"]!.AsArray());
    }

    [Fact]
    public void The_schema_rejects_a_log_without_runs()
    {
        var results = Schema.Value.Evaluate(JsonDocument.Parse("""{ "version": "2.1.0" }""").RootElement);

        Assert.False(results.IsValid);
    }

    // Built once: JsonSchema.Net registers a schema by its $id globally.
    private static readonly Lazy<JsonSchema> Schema = new(LoadSchema);

    /// <summary>
    /// The published schema declares draft-04, which JsonSchema.Net does not implement; it uses no keyword whose
    /// meaning changed after draft-04 except <c>id</c>, so it is read as draft-07. Its id is dropped (every
    /// reference in it is local), as building it under that id collides with the library's registry.
    /// </summary>
    private static JsonSchema LoadSchema()
    {
        var node = JsonNode.Parse(File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "sarif-schema-2.1.0.json")))!.AsObject();
        Assert.Equal("http://json-schema.org/draft-04/schema#", (string?)node["$schema"]);
        node["$schema"] = "http://json-schema.org/draft-07/schema#";
        Assert.True(node.Remove("id"));
        return JsonSchema.FromText(node.ToJsonString());
    }
}
