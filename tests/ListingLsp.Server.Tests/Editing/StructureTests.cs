using System.Text.Json.Nodes;
using ListingLsp.Server.Tests.Infrastructure;
using ListingLsp.Tests.Shared;

namespace ListingLsp.Server.Tests.Editing;

/// <summary>Folding, selection ranges, document links and inlay hints over the wire, on a sample of the test project.</summary>
public sealed class StructureTests
{
    private static readonly string Uri = Samples.Uri("reading-group.listing");

    private static async Task<LspTestClient> OpenAsync(JsonObject? capabilities = null) =>
        await EditingSession.OpenAsync(Uri, Samples.Read("reading-group.listing"), capabilities);

    private static (string, string) SampleFolder => (new Uri(Samples.Folder).AbsoluteUri, "file:///samples");

    [Fact]
    public async Task Folding_ranges_cover_sections_entries_and_comment_runs()
    {
        await using var client = await OpenAsync();
        var folds = await client.RequestAsync("textDocument/foldingRange", LspTestClient.Document(Uri));
        Baseline.Verify("editing/structure/folding.json", EditingSession.Json(folds));
    }

    [Fact]
    public async Task Selection_ranges_grow_from_an_author_to_the_file()
    {
        await using var client = await OpenAsync();
        var request = LspTestClient.Document(Uri);
        request["positions"] = new JsonArray(new JsonObject { ["line"] = 4, ["character"] = 80 });
        var ranges = await client.RequestAsync("textDocument/selectionRange", request);
        Baseline.Verify("editing/structure/selection.json", EditingSession.Json(ranges));
    }

    [Fact]
    public async Task Links_cover_abstract_urls_and_the_code_flag()
    {
        await using var client = await OpenAsync();
        var links = await client.RequestAsync("textDocument/documentLink", LspTestClient.Document(Uri));
        Baseline.Verify("editing/structure/links.json", EditingSession.Json(links, SampleFolder));
    }

    [Fact]
    public async Task Inlay_hints_name_the_category_until_the_setting_turns_them_off()
    {
        var capabilities = LspTestClient.Capabilities();
        capabilities["workspace"]!["configuration"] = true;
        capabilities["workspace"]!["inlayHint"] = new JsonObject { ["refreshSupport"] = true };
        await using var client = await OpenAsync(capabilities);
        var request = LspTestClient.Document(Uri);
        request["range"] = LspTestClient.Range(0, 0, 100, 0);
        var hints = await client.RequestAsync("textDocument/inlayHint", request);
        Baseline.Verify("editing/structure/inlay-hints.json", EditingSession.Json(hints));

        // The settings read at start are the defaults: nothing changes and nothing needs refreshing until the user turns hints off.
        client.Settings = new JsonObject { ["inlayHints"] = new JsonObject { ["enabled"] = false } };
        await client.NotifyAsync("workspace/didChangeConfiguration", new JsonObject { ["settings"] = null });
        await WaitUntilAsync(() => client.Refreshes.Count == 1);
        Assert.Empty((await client.RequestAsync("textDocument/inlayHint", request)).EnumerateArray());
    }

    private static async Task WaitUntilAsync(Func<bool> condition)
    {
        var deadline = DateTime.UtcNow + LspTestClient.Patience;
        while (!condition())
        {
            Assert.True(DateTime.UtcNow < deadline, "the server did not get there in time");
            await Task.Delay(10);
        }
    }
}
