using System.Text.Json;
using System.Text.Json.Nodes;
using ListingLsp.Server.Tests.Infrastructure;
using StreamJsonRpc;

namespace ListingLsp.Server.Tests;

/// <summary>The LSP lifecycle as an editor meets it: initialize, the errors around it, shutdown and exit codes.</summary>
public sealed class LifecycleTests
{
    [Fact]
    public async Task Initialize_advertises_the_features_and_utf16_by_default()
    {
        await using var client = LspTestClient.StartInProcess();
        var result = await client.InitializeAsync();
        var capabilities = result.GetProperty("capabilities");
        Assert.Equal("utf-16", capabilities.GetProperty("positionEncoding").GetString());
        Assert.Equal(2, capabilities.GetProperty("textDocumentSync").GetProperty("change").GetInt32());
        Assert.True(capabilities.GetProperty("hoverProvider").GetBoolean());
        Assert.True(capabilities.GetProperty("documentSymbolProvider").GetBoolean());
        Assert.True(capabilities.GetProperty("workspaceSymbolProvider").GetBoolean());
        Assert.True(capabilities.TryGetProperty("completionProvider", out _));
        Assert.False(capabilities.TryGetProperty("diagnosticProvider", out _));
        Assert.Equal("listing-lsp", result.GetProperty("serverInfo").GetProperty("name").GetString());
    }

    [Fact]
    public async Task Utf8_is_chosen_when_the_client_prefers_it()
    {
        await using var client = LspTestClient.StartInProcess();
        var result = await client.InitializeAsync(LspTestClient.Capabilities(positionEncodings: ["utf-8", "utf-16"]));
        Assert.Equal("utf-8", result.GetProperty("capabilities").GetProperty("positionEncoding").GetString());
    }

    [Fact]
    public async Task A_client_that_pulls_diagnostics_gets_a_diagnostic_provider()
    {
        await using var client = LspTestClient.StartInProcess();
        var result = await client.InitializeAsync(LspTestClient.Capabilities(pullDiagnostics: true));
        var provider = result.GetProperty("capabilities").GetProperty("diagnosticProvider");
        Assert.False(provider.GetProperty("interFileDependencies").GetBoolean());
    }

    [Fact]
    public async Task A_request_before_initialize_is_refused_with_ServerNotInitialized()
    {
        await using var client = LspTestClient.StartInProcess();
        var error = await Assert.ThrowsAsync<RemoteInvocationException>(() =>
            client.RequestAsync("textDocument/hover", LspTestClient.At("file:///a.listing", 0, 0)));
        Assert.Equal(-32002, error.ErrorCode);
        // and the server still initializes afterwards
        await client.InitializeAsync();
    }

    [Fact]
    public async Task A_second_initialize_is_an_invalid_request()
    {
        await using var client = LspTestClient.StartInProcess();
        await client.InitializeAsync();
        var error = await Assert.ThrowsAsync<RemoteInvocationException>(() =>
            client.RequestAsync("initialize", new JsonObject { ["processId"] = null, ["capabilities"] = new JsonObject() }));
        Assert.Equal(-32600, error.ErrorCode);
    }

    [Fact]
    public async Task A_request_after_shutdown_is_an_invalid_request_and_exit_then_ends_with_0()
    {
        await using var client = LspTestClient.StartInProcess();
        await client.InitializeAsync();
        await client.RequestAsync("shutdown", null);
        var error = await Assert.ThrowsAsync<RemoteInvocationException>(() =>
            client.RequestAsync("workspace/symbol", new JsonObject { ["query"] = "x" }));
        Assert.Equal(-32600, error.ErrorCode);
        await client.NotifyAsync("exit");
        Assert.Equal(0, await client.Server.WaitAsync(LspTestClient.Patience));
    }

    [Fact]
    public async Task Exit_without_shutdown_ends_with_1()
    {
        await using var client = LspTestClient.StartInProcess();
        await client.InitializeAsync();
        await client.NotifyAsync("exit");
        Assert.Equal(1, await client.Server.WaitAsync(LspTestClient.Patience));
    }

    [Fact]
    public async Task Shutdown_then_exit_ends_with_0()
    {
        await using var client = LspTestClient.StartInProcess();
        await client.InitializeAsync();
        Assert.Equal(0, await client.ShutdownAndExitAsync());
    }

    [Fact]
    public async Task The_server_stops_when_the_client_closes_the_stream()
    {
        var client = LspTestClient.StartInProcess();
        await client.InitializeAsync();
        var server = client.Server;
        await client.DisposeAsync();
        Assert.Equal(1, await server.WaitAsync(LspTestClient.Patience));
    }

    [Fact]
    public async Task The_server_stops_when_the_client_process_dies()
    {
        using var editor = System.Diagnostics.Process.Start(new System.Diagnostics.ProcessStartInfo("sleep", "60") { UseShellExecute = false })!;
        await using var client = LspTestClient.StartInProcess(options: new ServerOptions { ClientProcessPollInterval = TimeSpan.FromMilliseconds(50) });
        await client.InitializeAsync(processId: editor.Id);
        editor.Kill();
        await editor.WaitForExitAsync();
        Assert.Equal(1, await client.Server.WaitAsync(LspTestClient.Patience));
    }

    [Fact]
    public async Task Debug_logs_reach_the_client_only_while_the_trace_setting_asks_for_them()
    {
        await using var client = LspTestClient.StartInProcess();
        await client.InitializeAsync();
        await client.RequestAsync("workspace/symbol", new JsonObject { ["query"] = "x" });
        Assert.Empty(client.Traces);

        await client.NotifyAsync("$/setTrace", new JsonObject { ["value"] = "messages" });
        await client.RequestAsync("workspace/symbol", new JsonObject { ["query"] = "x" });
        await client.TraceAsync(t => t.GetProperty("message").GetString()!.StartsWith("workspace/symbol took", StringComparison.Ordinal));

        await client.NotifyAsync("$/setTrace", new JsonObject { ["value"] = "off" });
        var before = client.Traces.Count;
        await client.RequestAsync("workspace/symbol", new JsonObject { ["query"] = "x" });
        Assert.Equal(before, client.Traces.Count);
        // Information still goes to the output channel whatever the trace setting.
        await client.LogMessageAsync(m => m.GetProperty("message").GetString()!.StartsWith("initialize from test client", StringComparison.Ordinal));
    }

    [Fact]
    public async Task An_unknown_request_is_MethodNotFound_and_the_server_keeps_serving()
    {
        await using var client = LspTestClient.StartInProcess();
        await client.InitializeAsync();
        var error = await Assert.ThrowsAsync<RemoteMethodNotFoundException>(() => client.RequestAsync("textDocument/noSuchThing", new JsonObject()));
        Assert.Equal(-32601, (int)error.ErrorCode);
        var symbols = await client.RequestAsync("workspace/symbol", new JsonObject { ["query"] = "x" });
        Assert.Equal(JsonValueKind.Array, symbols.ValueKind);
    }
}
