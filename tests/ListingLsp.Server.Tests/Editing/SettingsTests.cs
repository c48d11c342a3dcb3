using System.Text.Json;
using System.Text.Json.Nodes;
using ListingLsp.Server.Tests.Infrastructure;

namespace ListingLsp.Server.Tests.Editing;

/// <summary>Settings read through workspace/configuration and refreshed on didChangeConfiguration change what diagnostics report.</summary>
public sealed class SettingsTests
{
    private const string Uri = "file:///work/settings.listing";

    private const string Text = """
        CLAug 8, 2027Code
        A Paper From the FutureAnn Lee
        No link here.

        """;

    private static JsonObject Capabilities()
    {
        var capabilities = LspTestClient.Capabilities();
        capabilities["workspace"]!["configuration"] = true;
        return capabilities;
    }

    private static string[] Codes(JsonElement published) =>
        [.. published.GetProperty("diagnostics").EnumerateArray().Select(d => d.GetProperty("code").GetString()!)];

    [Fact]
    public async Task Settings_pulled_at_start_apply_to_open_documents_and_changes_reapply()
    {
        var client = LspTestClient.StartInProcess(Samples.FixedClock);
        await using var _ = client;
        client.Settings = new JsonObject { ["diagnostics"] = new JsonObject { ["severity"] = new JsonObject { ["LST031"] = "off", ["LST004"] = "error" } } };
        await client.InitializeAsync(Capabilities());
        await client.OpenAsync(Uri, Text);
        var first = await client.DiagnosticsAsync(Uri, p => Codes(p).Length == 1);
        Assert.Equal(1, first.GetProperty("diagnostics")[0].GetProperty("severity").GetInt32());

        client.Settings = new JsonObject { ["dates"] = new JsonObject { ["allowFuture"] = true } };
        await client.NotifyAsync("workspace/didChangeConfiguration", new JsonObject { ["settings"] = null });
        var after = await client.DiagnosticsAsync(Uri, p => Codes(p).SequenceEqual(["LST031"]));
        Assert.Equal(3, after.GetProperty("diagnostics")[0].GetProperty("severity").GetInt32());
    }

    [Fact]
    public async Task A_client_that_cannot_be_asked_may_push_the_settings()
    {
        var client = LspTestClient.StartInProcess(Samples.FixedClock);
        await using var _ = client;
        await client.InitializeAsync();
        await client.OpenAsync(Uri, Text);
        await client.DiagnosticsAsync(Uri, p => Codes(p).Length == 2);
        await client.NotifyAsync("workspace/didChangeConfiguration", new JsonObject
        {
            ["settings"] = new JsonObject { ["listing"] = new JsonObject { ["diagnostics"] = new JsonObject { ["severity"] = new JsonObject { ["LST004"] = "off" } } } },
        });
        await client.DiagnosticsAsync(Uri, p => Codes(p).SequenceEqual(["LST031"]));
    }
}
