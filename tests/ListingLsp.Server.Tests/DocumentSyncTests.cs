using System.Text.Json;
using System.Text.Json.Nodes;
using ListingLsp.Server.Tests.Infrastructure;

namespace ListingLsp.Server.Tests;

/// <summary>Opening and editing documents: diagnostics follow every edit, pushed or pulled.</summary>
public sealed class DocumentSyncTests
{
    private const string Uri = "file:///work/notes.listing";

    private const string Valid = """
        CLAug 8, 2024
        Brittle Mirrors: A Study of ReflectionHana Ito, Omar Saleh · kelvin-institute
        We look at mirrors.

        """;

    [Fact]
    public async Task Opening_a_document_pushes_its_diagnostics_with_the_version()
    {
        await using var client = await StartAsync();
        await client.OpenAsync(Uri, Valid.Replace("Aug 8", "Aug 38"), version: 3);
        var published = await client.DiagnosticsAsync(Uri);
        Assert.Equal(3, published.GetProperty("version").GetInt32());
        var diagnostic = Assert.Single(published.GetProperty("diagnostics").EnumerateArray());
        Assert.Equal("LST003", diagnostic.GetProperty("code").GetString());
        Assert.Equal("listing", diagnostic.GetProperty("source").GetString());
        Assert.Equal(Range(0, 2, 0, 14), Range(diagnostic.GetProperty("range")));
    }

    [Fact]
    public async Task Incremental_edits_apply_in_order_and_each_version_gets_fresh_diagnostics()
    {
        await using var client = await StartAsync();
        await client.OpenAsync(Uri, Valid);
        Assert.Empty((await client.DiagnosticsAsync(Uri, Version(1))).GetProperty("diagnostics").EnumerateArray());

        // Break the date, then add a second edit in the same notification that relies on the first.
        await client.ChangeAsync(Uri, 2, LspTestClient.Edit(0, 2, 0, 5, "Augu"), LspTestClient.Edit(0, 7, 0, 8, "9"));
        var broken = await client.DiagnosticsAsync(Uri, Version(2));
        Assert.Equal("LST002", broken.GetProperty("diagnostics")[0].GetProperty("code").GetString());

        await client.ChangeAsync(Uri, 3, LspTestClient.Edit(0, 2, 0, 6, "Aug"));
        Assert.Empty((await client.DiagnosticsAsync(Uri, Version(3))).GetProperty("diagnostics").EnumerateArray());
    }

    [Fact]
    public async Task A_change_without_a_range_replaces_the_whole_text()
    {
        await using var client = await StartAsync();
        await client.OpenAsync(Uri, Valid);
        await client.ChangeAsync(Uri, 2, new JsonObject { ["text"] = "XX\n" });
        var published = await client.DiagnosticsAsync(Uri, Version(2));
        Assert.Contains(published.GetProperty("diagnostics").EnumerateArray(), d => d.GetProperty("code").GetString() == "LST001");
    }

    [Fact]
    public async Task Closing_a_document_clears_its_diagnostics()
    {
        await using var client = await StartAsync();
        await client.OpenAsync(Uri, "XX\n");
        await client.DiagnosticsAsync(Uri, Version(1));
        await client.NotifyAsync("textDocument/didClose", LspTestClient.Document(Uri));
        await client.DiagnosticsAsync(Uri, p => !p.TryGetProperty("version", out _) && p.GetProperty("diagnostics").GetArrayLength() == 0);
    }

    [Fact]
    public async Task Utf8_positions_count_bytes()
    {
        await using var client = LspTestClient.StartInProcess(Samples.FixedClock);
        await client.InitializeAsync(LspTestClient.Capabilities(positionEncodings: ["utf-8"]));
        // "Zoë" is 4 bytes; the bad org tag after it starts 3 UTF-16 units but 4 bytes into its part.
        var text = "CLAug 8, 2024\nÉtude on Zoë's LampsZoë Park · MIT\nText.\n";
        await client.OpenAsync(Uri, text);
        var published = await client.DiagnosticsAsync(Uri);
        var tag = Assert.Single(published.GetProperty("diagnostics").EnumerateArray(), d => d.GetProperty("code").GetString() == "LST014");
        var line = text.Split('\n')[1];
        var bytesBefore = System.Text.Encoding.UTF8.GetByteCount(line[..line.IndexOf("MIT", StringComparison.Ordinal)]);
        Assert.Equal(Range(1, bytesBefore, 1, bytesBefore + 3), Range(tag.GetProperty("range")));
    }

    [Fact]
    public async Task Pull_diagnostics_answer_unchanged_when_nothing_changed_and_nothing_is_pushed()
    {
        await using var client = LspTestClient.StartInProcess(Samples.FixedClock);
        await client.InitializeAsync(LspTestClient.Capabilities(pullDiagnostics: true));
        await client.OpenAsync(Uri, "XX\n");
        var first = await client.RequestAsync("textDocument/diagnostic", LspTestClient.Document(Uri));
        Assert.Equal("full", first.GetProperty("kind").GetString());
        Assert.NotEqual(0, first.GetProperty("items").GetArrayLength());
        var resultId = first.GetProperty("resultId").GetString();

        var again = await client.RequestAsync("textDocument/diagnostic", new JsonObject
        {
            ["textDocument"] = new JsonObject { ["uri"] = Uri },
            ["previousResultId"] = resultId,
        });
        Assert.Equal("unchanged", again.GetProperty("kind").GetString());
        Assert.Equal(resultId, again.GetProperty("resultId").GetString());

        await client.ChangeAsync(Uri, 2, new JsonObject { ["text"] = Valid });
        var fixedUp = await client.RequestAsync("textDocument/diagnostic", new JsonObject
        {
            ["textDocument"] = new JsonObject { ["uri"] = Uri },
            ["previousResultId"] = resultId,
        });
        Assert.Equal("full", fixedUp.GetProperty("kind").GetString());
        Assert.Equal(0, fixedUp.GetProperty("items").GetArrayLength());
        Assert.Empty(client.Diagnostics);
    }

    internal static async Task<LspTestClient> StartAsync()
    {
        var client = LspTestClient.StartInProcess(Samples.FixedClock);
        await client.InitializeAsync();
        return client;
    }

    private static Func<JsonElement, bool> Version(int version) =>
        p => p.TryGetProperty("version", out var v) && v.GetInt32() == version;

    private static string Range(int line, int character, int endLine, int endCharacter) =>
        $"{line}:{character}-{endLine}:{endCharacter}";

    private static string Range(JsonElement range) =>
        $"{range.GetProperty("start").GetProperty("line")}:{range.GetProperty("start").GetProperty("character")}-" +
        $"{range.GetProperty("end").GetProperty("line")}:{range.GetProperty("end").GetProperty("character")}";
}
