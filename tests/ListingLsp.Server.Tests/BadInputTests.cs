using System.Text.Json;
using System.Text.Json.Nodes;
using ListingLsp.Server.Handlers;
using ListingLsp.Server.Protocol;
using ListingLsp.Server.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;
using StreamJsonRpc;

namespace ListingLsp.Server.Tests;

/// <summary>Whatever a client sends, the server answers sensibly and keeps serving.</summary>
public sealed class BadInputTests
{
    private const string Uri = "file:///work/bad.listing";

    [Fact]
    public async Task Requests_on_a_document_that_is_not_open_answer_nothing()
    {
        await using var client = await DocumentSyncTests.StartAsync();
        var hover = await client.RequestAsync("textDocument/hover", LspTestClient.At("file:///nowhere.listing", 0, 0));
        Assert.Equal(JsonValueKind.Null, hover.ValueKind);
        var symbols = await client.RequestAsync("textDocument/documentSymbol", LspTestClient.Document("file:///nowhere.listing"));
        Assert.Equal(JsonValueKind.Null, symbols.ValueKind);
        var completion = await client.RequestAsync("textDocument/completion", LspTestClient.At("file:///nowhere.listing", 0, 0));
        Assert.Equal(JsonValueKind.Null, completion.ValueKind);
    }

    [Fact]
    public async Task A_change_to_a_document_that_is_not_open_is_ignored()
    {
        await using var client = await DocumentSyncTests.StartAsync();
        await client.ChangeAsync("file:///nowhere.listing", 2, LspTestClient.Edit(0, 0, 0, 0, "x"));
        await client.OpenAsync(Uri, Samples.OneEntry);
        Assert.Empty((await client.DiagnosticsAsync(Uri)).GetProperty("diagnostics").EnumerateArray());
    }

    [Fact]
    public async Task Positions_past_the_end_clamp_to_the_end()
    {
        await using var client = await DocumentSyncTests.StartAsync();
        await client.OpenAsync(Uri, Samples.OneEntry);
        var pastLine = await client.RequestAsync("textDocument/hover", LspTestClient.At(Uri, 1, 500));
        Assert.Equal(JsonValueKind.Object, pastLine.ValueKind);
        var pastFile = await client.RequestAsync("textDocument/completion", LspTestClient.At(Uri, 99, 3));
        Assert.Equal(JsonValueKind.Object, pastFile.ValueKind);
        var negative = await client.RequestAsync("textDocument/hover", LspTestClient.At(Uri, -4, -1));
        Assert.NotEqual(JsonValueKind.Undefined, negative.ValueKind);

        // An edit whose range lies past the end appends instead of failing.
        await client.ChangeAsync(Uri, 2, LspTestClient.Edit(40, 0, 41, 9, "XX\n"));
        var published = await client.DiagnosticsAsync(Uri, p => p.TryGetProperty("version", out var v) && v.GetInt32() == 2);
        Assert.Contains(published.GetProperty("diagnostics").EnumerateArray(), d => d.GetProperty("code").GetString() == "LST001");
    }

    [Theory]
    [InlineData("""{ "textDocument": 5, "position": { "line": 0, "character": 0 } }""")]
    [InlineData("""{ "textDocument": { "uri": "file:///work/bad.listing" } }""")]
    [InlineData("""{ "textDocument": { "uri": null }, "position": { "line": 0, "character": 0 } }""")]
    [InlineData("""{ "textDocument": { "uri": "file:///work/bad.listing" }, "position": { "line": "zero", "character": 0 } }""")]
    [InlineData("""[1, 2]""")]
    public async Task Malformed_params_are_InvalidParams_without_a_stack_trace(string parameters)
    {
        await using var client = await DocumentSyncTests.StartAsync();
        await client.OpenAsync(Uri, Samples.OneEntry);
        var error = await Assert.ThrowsAnyAsync<RemoteRpcException>(() => client.RequestAsync("textDocument/hover", JsonNode.Parse(parameters)));
        Assert.Equal(-32602, ErrorCode(error));
        Assert.True(error.Message.Length < 400, error.Message);
        Assert.Null((error as RemoteInvocationException)?.ErrorData);
        // still serving
        var hover = await client.RequestAsync("textDocument/hover", LspTestClient.At(Uri, 1, 2));
        Assert.Equal(JsonValueKind.Object, hover.ValueKind);
    }

    [Fact]
    public async Task A_malformed_notification_is_dropped_and_the_server_keeps_serving()
    {
        await using var client = await DocumentSyncTests.StartAsync();
        await client.NotifyAsync("textDocument/didOpen", new JsonObject { ["textDocument"] = "nope" });
        await client.OpenAsync(Uri, Samples.OneEntry);
        Assert.Empty((await client.DiagnosticsAsync(Uri)).GetProperty("diagnostics").EnumerateArray());
    }

    [Fact]
    public async Task A_failing_handler_is_an_InternalError_logged_to_the_client_and_the_server_keeps_serving()
    {
        await using var client = LspTestClient.StartInProcess(services =>
        {
            Samples.FixedClock(services);
            services.AddSingleton<IDocumentRequestHandler<HoverParams, Hover?>, FailingHover>();
        });
        await client.InitializeAsync();
        await client.OpenAsync(Uri, Samples.OneEntry);
        var error = await Assert.ThrowsAsync<RemoteInvocationException>(() => client.RequestAsync("textDocument/hover", LspTestClient.At(Uri, 1, 2)));
        Assert.Equal(-32603, error.ErrorCode);
        Assert.Contains("the hover card caught fire", error.Message, StringComparison.Ordinal);
        Assert.Null(error.ErrorData);
        var logged = await client.LogMessageAsync(m => m.GetProperty("message").GetString()!.Contains("caught fire", StringComparison.Ordinal));
        Assert.Equal(1, logged.GetProperty("type").GetInt32());
        var symbols = await client.RequestAsync("textDocument/documentSymbol", LspTestClient.Document(Uri));
        Assert.Equal(1, symbols.GetArrayLength());
    }

    private static int ErrorCode(RemoteRpcException error) => error switch
    {
        RemoteInvocationException invocation => invocation.ErrorCode,
        RemoteMethodNotFoundException notFound => (int)notFound.ErrorCode,
        _ => 0,
    };

    private sealed class FailingHover : IDocumentRequestHandler<HoverParams, Hover?>
    {
        public Hover? Handle(Documents.DocumentSnapshot document, HoverParams request, CancellationToken cancellationToken) =>
            throw new InvalidOperationException("the hover card caught fire");
    }
}
