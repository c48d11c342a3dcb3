using System.Text.Json;
using System.Text.Json.Nodes;
using ListingLsp.Server.Tests.Infrastructure;
using ListingLsp.Tests.Shared;

namespace ListingLsp.Server.Tests.Editing;

/// <summary>Semantic tokens over the wire: the legend, full results, deltas against the previous result, ranges, UTF-8 columns.</summary>
public sealed class SemanticTokensTests
{
    private const string Uri = "file:///work/tokens.listing";

    private const string Text = """
        ## Vision
        CVJul 9, 2022Code
        Über Fog: Robust DepthIsaac Ndiaye, Orla Brennan et al. · eth-zurich
        Depth in fog; code at https://github.com/example/fog.
        # a plain comment
        CLMar 3, 2021
        Folding Paper CranesMaya Lindqvist
        We fold cranes.

        """;

    private static JsonObject Document => LspTestClient.Document(Uri);

    /// <summary>The data as one line per token: line, start, length, type and modifier names (legend from initialize).</summary>
    private static string Decode(JsonElement legend, JsonElement data)
    {
        var types = legend.GetProperty("tokenTypes").EnumerateArray().Select(t => t.GetString()).ToArray();
        var modifiers = legend.GetProperty("tokenModifiers").EnumerateArray().Select(t => t.GetString()).ToArray();
        var ints = data.EnumerateArray().Select(d => d.GetInt32()).ToArray();
        var lines = new List<string>();
        int line = 0, start = 0;
        for (var i = 0; i < ints.Length; i += 5)
        {
            start = ints[i] == 0 ? start + ints[i + 1] : ints[i + 1];
            line += ints[i];
            var mods = modifiers.Where((_, bit) => (ints[i + 4] & (1 << bit)) != 0);
            lines.Add($"{line}:{start} len {ints[i + 2]} {types[ints[i + 3]]} {string.Join(",", mods)}".TrimEnd());
        }
        return string.Join("\n", lines) + "\n";
    }

    private static async Task<(LspTestClient Client, JsonElement Legend)> StartAsync(string[]? encodings = null)
    {
        var client = LspTestClient.StartInProcess(Samples.FixedClock);
        var init = await client.InitializeAsync(LspTestClient.Capabilities(positionEncodings: encodings));
        await client.OpenAsync(Uri, Text);
        return (client, init.GetProperty("capabilities").GetProperty("semanticTokensProvider").GetProperty("legend"));
    }

    [Fact]
    public async Task Full_tokens_show_where_the_title_ends_and_the_authors_begin()
    {
        var (client, legend) = await StartAsync();
        await using var _ = client;
        var full = await client.RequestAsync("textDocument/semanticTokens/full", Document);
        Baseline.Verify("editing/semantic-tokens/full.txt", Decode(legend, full.GetProperty("data")));
    }

    [Fact]
    public async Task Columns_and_lengths_follow_the_negotiated_utf8_encoding()
    {
        var (client, legend) = await StartAsync(["utf-8"]);
        await using var _ = client;
        var full = await client.RequestAsync("textDocument/semanticTokens/full", Document);
        var title = Decode(legend, full.GetProperty("data")).Split('\n').Single(l => l.StartsWith("2:0 ", StringComparison.Ordinal));
        Assert.Equal("2:0 len 23 function declaration", title); // "Über" is 5 bytes in UTF-8
    }

    [Fact]
    public async Task A_delta_rebuilds_the_new_full_result_from_the_previous_one()
    {
        var (client, _) = await StartAsync();
        await using var __ = client;
        var first = await client.RequestAsync("textDocument/semanticTokens/full", Document);
        await client.ChangeAsync(Uri, 2, LspTestClient.Edit(6, 20, 6, 34, "Mo Li, Ana Ruiz"));
        var delta = await client.RequestAsync("textDocument/semanticTokens/full/delta", new JsonObject
        {
            ["textDocument"] = new JsonObject { ["uri"] = Uri },
            ["previousResultId"] = first.GetProperty("resultId").GetString(),
        });
        var data = first.GetProperty("data").EnumerateArray().Select(d => d.GetInt32()).ToList();
        foreach (var edit in delta.GetProperty("edits").EnumerateArray())
        {
            data.RemoveRange(edit.GetProperty("start").GetInt32(), edit.GetProperty("deleteCount").GetInt32());
            data.InsertRange(edit.GetProperty("start").GetInt32(), edit.GetProperty("data").EnumerateArray().Select(d => d.GetInt32()));
        }
        var fresh = await client.RequestAsync("textDocument/semanticTokens/full", Document);
        Assert.Equal(fresh.GetProperty("data").EnumerateArray().Select(d => d.GetInt32()), data);
        Assert.True(delta.GetProperty("edits").EnumerateArray().Sum(e => e.GetProperty("data").GetArrayLength()) < data.Count / 2);
    }

    [Fact]
    public async Task A_delta_against_an_unknown_result_answers_the_full_data()
    {
        var (client, _) = await StartAsync();
        await using var __ = client;
        var delta = await client.RequestAsync("textDocument/semanticTokens/full/delta", new JsonObject
        {
            ["textDocument"] = new JsonObject { ["uri"] = Uri },
            ["previousResultId"] = "no-such-result",
        });
        Assert.True(delta.GetProperty("data").GetArrayLength() > 0);
        Assert.False(delta.TryGetProperty("edits", out var ___));
    }

    [Fact]
    public async Task A_range_request_gives_only_the_tokens_of_those_lines()
    {
        var (client, legend) = await StartAsync();
        await using var _ = client;
        var range = await client.RequestAsync("textDocument/semanticTokens/range", new JsonObject
        {
            ["textDocument"] = new JsonObject { ["uri"] = Uri },
            ["range"] = LspTestClient.Range(5, 0, 7, 0),
        });
        Assert.Equal("5:0 len 2 type defaultLibrary\n5:2 len 11 number\n6:0 len 20 function declaration\n6:20 len 14 variable\n", Decode(legend, range.GetProperty("data")));
    }
}
