using System.Text.Json;
using System.Text.Json.Nodes;
using ListingLsp.Server.Tests.Infrastructure;

namespace ListingLsp.Server.Tests;

/// <summary>The workspace index: built at start-up with progress, kept current by file events, overridden by open documents.</summary>
public sealed class WorkspaceTests : IDisposable
{
    private readonly string folder = Directory.CreateTempSubdirectory("listing-ws-").FullName;

    public void Dispose() => Directory.Delete(folder, recursive: true);

    [Fact]
    public async Task Workspace_symbols_find_papers_in_files_that_are_not_open()
    {
        File.Copy(Path.Combine(Samples.Folder, "reading-group.listing"), Path.Combine(folder, "reading-group.listing"));
        Directory.CreateDirectory(Path.Combine(folder, "sub"));
        File.Copy(Path.Combine(Samples.Folder, "lab-papers.listing"), Path.Combine(folder, "sub", "lab-papers.listing"));
        await using var client = LspTestClient.StartInProcess(Samples.FixedClock);
        await client.InitializeAsync(workspaceFolder: folder);
        await client.ProgressEndAsync();

        // Progress: begin, percentages, end; and a watcher for listing files.
        var kinds = client.Progress.Select(p => p.GetProperty("value").GetProperty("kind").GetString()).ToList();
        Assert.Equal("begin", kinds[0]);
        Assert.Equal("end", kinds[^1]);
        Assert.Contains(client.Progress, p => p.GetProperty("value").TryGetProperty("percentage", out var pc) && pc.GetInt32() == 100);
        var watcher = Assert.Single(client.Registrations).GetProperty("registrations")[0];
        Assert.Equal("workspace/didChangeWatchedFiles", watcher.GetProperty("method").GetString());
        Assert.Equal("**/*.listing", watcher.GetProperty("registerOptions").GetProperty("watchers")[0].GetProperty("globPattern").GetString());

        var byTitle = await SearchAsync(client, "fog diffusion");
        var paper = Assert.Single(byTitle.EnumerateArray());
        Assert.Equal("Painting With Fog: Diffusion Under Sparse Light", paper.GetProperty("name").GetString());
        Assert.EndsWith("/sub/lab-papers.listing", paper.GetProperty("location").GetProperty("uri").GetString(), StringComparison.Ordinal);
        Assert.Equal("""{"start":{"line":2,"character":0},"end":{"line":2,"character":47}}""", paper.GetProperty("location").GetProperty("range").GetRawText());
        Assert.Equal("CV · Jul 21, 2025 · Mira Okonkwo", paper.GetProperty("containerName").GetString());

        var byAuthor = await SearchAsync(client, "okonkwo");
        Assert.Equal(3, byAuthor.GetArrayLength());
    }

    [Fact]
    public async Task Open_documents_override_the_disk_and_file_events_update_the_index()
    {
        var path = Path.Combine(folder, "mine.listing");
        File.WriteAllText(path, "CLAug 8, 2024\nBrittle MirrorsHana Ito\nWe look at mirrors.\n");
        await using var client = LspTestClient.StartInProcess(Samples.FixedClock);
        await client.InitializeAsync(workspaceFolder: folder);
        await client.ProgressEndAsync();
        Assert.Equal(1, (await SearchAsync(client, "brittle")).GetArrayLength());

        // The editor's unsaved text wins over the file.
        var uri = new Uri(path).AbsoluteUri;
        await client.OpenAsync(uri, "CLAug 8, 2024\nShining MirrorsHana Ito\nWe look at mirrors.\n");
        Assert.Equal(0, (await SearchAsync(client, "brittle")).GetArrayLength());
        Assert.Equal(1, (await SearchAsync(client, "shining")).GetArrayLength());

        // Closed again: the disk is the truth.
        await client.NotifyAsync("textDocument/didClose", LspTestClient.Document(uri));
        await Eventually(async () => (await SearchAsync(client, "brittle")).GetArrayLength() == 1);

        // A new file on disk, announced by the watcher.
        var other = Path.Combine(folder, "new.listing");
        File.WriteAllText(other, "LGMar 2, 2024\nGradient Gardens: Growing Nets by HandOtto Vale\nGrowing networks.\n");
        await client.NotifyAsync("workspace/didChangeWatchedFiles", new JsonObject
        {
            ["changes"] = new JsonArray(new JsonObject { ["uri"] = new Uri(other).AbsoluteUri, ["type"] = 1 }),
        });
        await Eventually(async () => (await SearchAsync(client, "gardens")).GetArrayLength() == 1);

        File.Delete(other);
        await client.NotifyAsync("workspace/didChangeWatchedFiles", new JsonObject
        {
            ["changes"] = new JsonArray(new JsonObject { ["uri"] = new Uri(other).AbsoluteUri, ["type"] = 3 }),
        });
        await Eventually(async () => (await SearchAsync(client, "gardens")).GetArrayLength() == 0);
    }

    [Fact]
    public async Task A_file_outside_the_workspace_leaves_the_index_when_closed()
    {
        await using var client = LspTestClient.StartInProcess(Samples.FixedClock);
        await client.InitializeAsync(workspaceFolder: folder);
        await client.ProgressEndAsync();
        var outside = Samples.Uri("lab-papers.listing");
        await client.OpenAsync(outside, Samples.Read("lab-papers.listing"));
        Assert.Equal(1, (await SearchAsync(client, "laundry")).GetArrayLength());
        await client.NotifyAsync("textDocument/didClose", LspTestClient.Document(outside));
        await Eventually(async () => (await SearchAsync(client, "laundry")).GetArrayLength() == 0);
    }

    private static Task<JsonElement> SearchAsync(LspTestClient client, string query) =>
        client.RequestAsync("workspace/symbol", new JsonObject { ["query"] = query });

    /// <summary>File events are applied in the background; wait (bounded) until the index shows them.</summary>
    private static async Task Eventually(Func<Task<bool>> condition)
    {
        var deadline = DateTime.UtcNow + LspTestClient.Patience;
        while (!await condition())
        {
            Assert.True(DateTime.UtcNow < deadline, "the workspace index did not catch up");
            await Task.Delay(20);
        }
    }
}
