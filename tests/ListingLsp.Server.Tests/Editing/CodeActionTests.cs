using System.Text.Json.Nodes;
using ListingLsp.Server.Tests.Infrastructure;
using ListingLsp.Tests.Shared;

namespace ListingLsp.Server.Tests.Editing;

/// <summary>textDocument/codeAction: quick fixes on their diagnostics, fix-all and the sorts as source actions.</summary>
public sealed class CodeActionTests
{
    private const string Uri = "file:///work/actions.listing";

    private const string Text = """
        LGSep 01, 2024Code
        Zebra Crossings for RobotsNils Berg · MIT
        Robots cross roads; code at https://github.com/example/zebra.
        CLMar 3, 2021
        Folding Paper CranesMaya Lindqvist et al
        We fold cranes.

        """;

    private static JsonObject Request(int line, int character, params string[] only) => new()
    {
        ["textDocument"] = new JsonObject { ["uri"] = Uri },
        ["range"] = LspTestClient.Range(line, character, line, character),
        ["context"] = new JsonObject
        {
            ["diagnostics"] = new JsonArray(),
            ["only"] = only.Length == 0 ? null : new JsonArray([.. only.Select(o => JsonValue.Create(o))]),
        },
    };

    [Fact]
    public async Task Quick_fixes_come_with_their_diagnostic_and_a_versioned_edit()
    {
        await using var client = await EditingSession.OpenAsync(Uri, Text);
        var actions = await client.RequestAsync("textDocument/codeAction", Request(0, 4));
        Baseline.Verify("editing/code-actions/date-quick-fix.json", EditingSession.Json(actions));
        Assert.All(actions.EnumerateArray(), a => Assert.Equal("quickfix", a.GetProperty("kind").GetString()));
    }

    [Fact]
    public async Task The_lightbulb_gets_no_source_actions()
    {
        await using var client = await EditingSession.OpenAsync(Uri, Text);
        var actions = await client.RequestAsync("textDocument/codeAction", Request(5, 3));
        Assert.Empty(actions.EnumerateArray());
    }

    [Fact]
    public async Task The_source_menu_offers_fix_all_and_the_three_sorts()
    {
        await using var client = await EditingSession.OpenAsync(Uri, Text);
        var actions = await client.RequestAsync("textDocument/codeAction", Request(0, 0, "source"));
        Assert.Equal(
            ["source.fixAll.listing", "source.sortEntries.dateNewestFirst", "source.sortEntries.dateOldestFirst", "source.sortEntries.title"],
            actions.EnumerateArray().Select(a => a.GetProperty("kind").GetString()));
        var byTitle = actions.EnumerateArray().Single(a => a.GetProperty("title").GetString() == "Sort entries by title");
        var sorted = EditingSession.Apply(Text, EditingSession.EditsFor(byTitle.GetProperty("edit"), Uri));
        Assert.StartsWith("CLMar 3, 2021\nFolding Paper Cranes", sorted, StringComparison.Ordinal);
        Assert.EndsWith("Robots cross roads; code at https://github.com/example/zebra.\n", sorted, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Fix_all_on_save_applies_every_safe_fix_at_once()
    {
        await using var client = await EditingSession.OpenAsync(Uri, Text);
        var actions = await client.RequestAsync("textDocument/codeAction", Request(0, 0, "source.fixAll"));
        var fixAll = Assert.Single(actions.EnumerateArray());
        var edit = fixAll.GetProperty("edit");
        Assert.Equal(1, edit.GetProperty("documentChanges")[0].GetProperty("textDocument").GetProperty("version").GetInt32());
        var fixedText = EditingSession.Apply(Text, EditingSession.EditsFor(edit, Uri));
        Assert.Equal(Text.Replace("Sep 01", "Sep 1").Replace("· MIT", "· mit").Replace("et al\n", "et al.\n"), fixedText);
    }
}
