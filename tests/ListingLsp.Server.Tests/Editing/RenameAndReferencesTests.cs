using System.Text.Json.Nodes;
using ListingLsp.Server.Tests.Infrastructure;
using ListingLsp.Tests.Shared;
using StreamJsonRpc;

namespace ListingLsp.Server.Tests.Editing;

/// <summary>Authors and org tags as symbols across a workspace of two listings: one open in the editor, one only on disk.</summary>
public sealed class RenameAndReferencesTests : IDisposable
{
    private const string OpenText = """
        CVJul 9, 2022
        Seeing Through Fog: Robust DepthIsaac Ndiaye, Orla Brennan · eth-zurich
        Depth in fog; Orla Brennan in prose is not an author.

        """;

    private const string DiskText = """
        LGJan 15, 2023
        A Brief History of Gradient NoiseOrla Brennan et al. · ETH Zurich
        Noise in gradients.

        """;

    private readonly DirectoryInfo folder = Directory.CreateTempSubdirectory("listing-rename-");

    public RenameAndReferencesTests()
    {
        File.WriteAllText(Path.Combine(folder.FullName, "open.listing"), OpenText);
        File.WriteAllText(Path.Combine(folder.FullName, "disk.listing"), DiskText);
    }

    private string OpenUri => new Uri(Path.Combine(folder.FullName, "open.listing")).AbsoluteUri;

    private string DiskUri => new Uri(Path.Combine(folder.FullName, "disk.listing")).AbsoluteUri;

    private (string, string) Workspace => (new Uri(folder.FullName).AbsoluteUri, "file:///workspace");

    public void Dispose() => folder.Delete(recursive: true);

    private async Task<LspTestClient> StartAsync()
    {
        var client = await EditingSession.StartAsync(workspaceFolder: folder.FullName);
        await client.ProgressEndAsync();
        await client.OpenAsync(OpenUri, OpenText);
        return client;
    }

    private static JsonObject Rename(string uri, int line, int character, string newName)
    {
        var request = LspTestClient.At(uri, line, character);
        request["newName"] = newName;
        return request;
    }

    [Fact]
    public async Task Renaming_an_author_edits_the_open_listing_and_the_one_on_disk()
    {
        await using var client = await StartAsync();
        var edit = await client.RequestAsync("textDocument/rename", Rename(OpenUri, 1, 50, "Orla Brennan-Walsh"));
        Baseline.Verify("editing/rename/author-across-files.json", EditingSession.Json(edit, Workspace));
        Assert.Equal(OpenText.Replace("Ndiaye, Orla Brennan ·", "Ndiaye, Orla Brennan-Walsh ·"), EditingSession.Apply(OpenText, EditingSession.EditsFor(edit, OpenUri)));
        Assert.Equal(DiskText.Replace("Orla Brennan", "Orla Brennan-Walsh"), EditingSession.Apply(DiskText, EditingSession.EditsFor(edit, DiskUri)));
    }

    [Fact]
    public async Task Renaming_an_org_writes_the_tag_form_everywhere()
    {
        await using var client = await StartAsync();
        var edit = await client.RequestAsync("textDocument/rename", Rename(OpenUri, 1, 64, "ETH Zürich Lab"));
        Assert.Contains("· eth-zurich-lab\n", EditingSession.Apply(OpenText, EditingSession.EditsFor(edit, OpenUri)), StringComparison.Ordinal);
        Assert.Contains("· eth-zurich-lab\n", EditingSession.Apply(DiskText, EditingSession.EditsFor(edit, DiskUri)), StringComparison.Ordinal);
    }

    [Fact]
    public async Task References_find_the_author_in_every_listing_and_highlights_stay_in_the_document()
    {
        await using var client = await StartAsync();
        var at = LspTestClient.At(OpenUri, 1, 50);
        var references = await client.RequestAsync("textDocument/references", new JsonObject
        {
            ["textDocument"] = at["textDocument"]!.DeepClone(),
            ["position"] = at["position"]!.DeepClone(),
            ["context"] = new JsonObject { ["includeDeclaration"] = true },
        });
        Baseline.Verify("editing/rename/author-references.json", EditingSession.Json(references, Workspace));
        var highlights = await client.RequestAsync("textDocument/documentHighlight", at);
        Assert.Single(highlights.EnumerateArray());
    }

    [Fact]
    public async Task Prepare_rename_gives_the_name_and_refuses_a_title()
    {
        await using var client = await StartAsync();
        var prepared = await client.RequestAsync("textDocument/prepareRename", LspTestClient.At(OpenUri, 1, 40));
        Assert.Equal("Isaac Ndiaye", prepared.GetProperty("placeholder").GetString());
        var error = await Assert.ThrowsAsync<RemoteInvocationException>(() => client.RequestAsync("textDocument/prepareRename", LspTestClient.At(OpenUri, 1, 3)));
        Assert.Equal(-32803, error.ErrorCode);
    }

    [Theory]
    [InlineData(1, 40, "de Vries")]        // the first author must still begin at a glue point after the title
    [InlineData(1, 50, "Brennan, Orla")]   // would read as two authors
    [InlineData(1, 64, "···")]             // nothing to make a tag from
    public async Task A_name_that_would_break_an_entry_is_refused_with_the_reason(int line, int character, string newName)
    {
        await using var client = await StartAsync();
        var error = await Assert.ThrowsAsync<RemoteInvocationException>(() => client.RequestAsync("textDocument/rename", Rename(OpenUri, line, character, newName)));
        Assert.Equal(-32803, error.ErrorCode);
        Assert.StartsWith("Cannot rename: ", error.Message, StringComparison.Ordinal);
    }
}
