using System.Text.Json.Nodes;
using ListingLsp.Server.Tests.Infrastructure;
using ListingLsp.Tests.Shared;

namespace ListingLsp.Server.Tests.Editing;

/// <summary>textDocument/formatting and rangeFormatting: minimal edits, the blank-lines setting.</summary>
public sealed class FormattingTests
{
    private const string Uri = "file:///work/format.listing";

    private const string Text = "CLMar 3, 2021   \nFolding Paper CranesMaya Lindqvist, Tomas Erlund - kth  \nWe fold cranes.\nLGJan 15, 2023\nA Brief History of NoiseOrla Brennan et al · MIT\nNoise.\n";

    private static JsonObject Options => new() { ["tabSize"] = 4, ["insertSpaces"] = true };

    [Fact]
    public async Task Formatting_answers_small_edits_not_the_whole_document()
    {
        await using var client = await EditingSession.OpenAsync(Uri, Text);
        var edits = await client.RequestAsync("textDocument/formatting", new JsonObject { ["textDocument"] = new JsonObject { ["uri"] = Uri }, ["options"] = Options });
        Baseline.Verify("editing/formatting/minimal-edits.json", EditingSession.Json(edits));
        Assert.All(edits.EnumerateArray(), e =>
            Assert.Equal(e.GetProperty("range").GetProperty("start").GetProperty("line").GetInt32(), e.GetProperty("range").GetProperty("end").GetProperty("line").GetInt32()));
        Assert.Equal(
            "CLMar 3, 2021\nFolding Paper CranesMaya Lindqvist, Tomas Erlund · kth\nWe fold cranes.\nLGJan 15, 2023\nA Brief History of NoiseOrla Brennan et al. · mit\nNoise.\n",
            EditingSession.Apply(Text, edits));
    }

    [Fact]
    public async Task Range_formatting_touches_only_the_entries_in_the_range()
    {
        await using var client = await EditingSession.OpenAsync(Uri, Text);
        var edits = await client.RequestAsync("textDocument/rangeFormatting", new JsonObject
        {
            ["textDocument"] = new JsonObject { ["uri"] = Uri },
            ["range"] = LspTestClient.Range(4, 0, 4, 5),
            ["options"] = Options,
        });
        var formatted = EditingSession.Apply(Text, edits);
        Assert.StartsWith("CLMar 3, 2021   \nFolding Paper CranesMaya Lindqvist, Tomas Erlund - kth  \n", formatted, StringComparison.Ordinal);
        Assert.Contains("Orla Brennan et al. · mit\n", formatted, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_blank_lines_setting_reaches_the_formatter()
    {
        await using var client = await EditingSession.OpenAsync(Uri, Text);
        await client.NotifyAsync("workspace/didChangeConfiguration", new JsonObject
        {
            ["settings"] = new JsonObject { ["listing"] = new JsonObject { ["format"] = new JsonObject { ["blankLinesBetweenEntries"] = 1 } } },
        });
        var edits = await client.RequestAsync("textDocument/formatting", new JsonObject { ["textDocument"] = new JsonObject { ["uri"] = Uri }, ["options"] = Options });
        Assert.Contains("We fold cranes.\n\nLGJan 15, 2023", EditingSession.Apply(Text, edits), StringComparison.Ordinal);
    }
}
