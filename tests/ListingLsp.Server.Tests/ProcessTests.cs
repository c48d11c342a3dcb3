using ListingLsp.Server.Tests.Infrastructure;

namespace ListingLsp.Server.Tests;

/// <summary>The real thing: `listing lsp` as a process, spoken to over stdin/stdout.</summary>
public sealed class ProcessTests
{
    private const string Uri = "file:///work/process.listing";

    [Fact]
    public async Task Listing_lsp_serves_over_stdio_and_exits_with_0_after_shutdown()
    {
        await using var server = ServerProcess.Start("--stdio", "--log-level=Debug");
        var client = server.Client;
        var initialize = await client.InitializeAsync(trace: "verbose");
        Assert.Equal("utf-16", initialize.GetProperty("capabilities").GetProperty("positionEncoding").GetString());

        await client.OpenAsync(Uri, "CLAug 8, 2024\nBrittle MirrorsHana Ito · Kelvin Institute\nWe look at mirrors.\n");
        var published = await client.DiagnosticsAsync(Uri);
        Assert.Equal("LST014", published.GetProperty("diagnostics")[0].GetProperty("code").GetString());
        var hover = await client.RequestAsync("textDocument/hover", LspTestClient.At(Uri, 1, 3));
        Assert.StartsWith("**Brittle Mirrors**", hover.GetProperty("contents").GetProperty("value").GetString(), StringComparison.Ordinal);

        Assert.Equal(0, await client.ShutdownAndExitAsync());
        // Logs went to stderr (the protocol stream parsed cleanly, so stdout held frames only) and,
        // with trace verbose, to the client as well.
        Assert.Contains("initialize from test client", await server.StandardError, StringComparison.Ordinal);
        Assert.NotEmpty(client.Traces);
    }

    [Fact]
    public async Task Listing_lsp_exits_with_1_when_stdin_closes_without_shutdown()
    {
        await using var server = ServerProcess.Start();
        await server.Client.InitializeAsync();
        server.Process.StandardInput.Close();
        await server.Process.WaitForExitAsync().WaitAsync(LspTestClient.Patience);
        Assert.Equal(1, server.Process.ExitCode);
    }

    [Fact]
    public async Task A_scripted_session_written_at_once_then_closed_still_exits_with_0()
    {
        await using var server = ServerProcess.Start();
        var stdin = server.Process.StandardInput.BaseStream;
        foreach (var message in new[]
        {
            """{"jsonrpc":"2.0","id":1,"method":"initialize","params":{"processId":null,"capabilities":{}}}""",
            """{"jsonrpc":"2.0","method":"initialized","params":{}}""",
            """{"jsonrpc":"2.0","id":2,"method":"shutdown"}""",
            """{"jsonrpc":"2.0","method":"exit"}""",
        })
        {
            var body = System.Text.Encoding.UTF8.GetBytes(message);
            await stdin.WriteAsync(System.Text.Encoding.ASCII.GetBytes($"Content-Length: {body.Length}\r\n\r\n"));
            await stdin.WriteAsync(body);
        }
        stdin.Close();
        await server.Process.WaitForExitAsync().WaitAsync(LspTestClient.Patience);
        Assert.Equal(0, server.Process.ExitCode);
    }

    [Fact]
    public async Task Listing_lsp_refuses_requests_before_initialize()
    {
        await using var server = ServerProcess.Start();
        var error = await Assert.ThrowsAsync<StreamJsonRpc.RemoteInvocationException>(() =>
            server.Client.RequestAsync("workspace/symbol", System.Text.Json.Nodes.JsonNode.Parse("""{ "query": "x" }""")));
        Assert.Equal(-32002, error.ErrorCode);
        await server.Client.NotifyAsync("exit");
        await server.Process.WaitForExitAsync().WaitAsync(LspTestClient.Patience);
        Assert.Equal(1, server.Process.ExitCode);
    }
}
