using System.Text.Json;
using ListingLsp.Server.Documents;
using ListingLsp.Server.Handlers;
using ListingLsp.Server.Protocol;
using ListingLsp.Server.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;
using StreamJsonRpc;

namespace ListingLsp.Server.Tests;

/// <summary>$/cancelRequest and results made stale by an edit.</summary>
public sealed class CancellationTests
{
    private const string Uri = "file:///work/slow.listing";

    [Fact]
    public async Task A_cancelled_request_answers_RequestCancelled_and_the_server_keeps_serving()
    {
        var gate = new Gate();
        await using var client = LspTestClient.StartInProcess(services => services.AddSingleton<IDocumentRequestHandler<HoverParams, Hover?>>(new WaitingHover(gate)));
        await client.InitializeAsync();
        await client.OpenAsync(Uri, Samples.OneEntry);
        using var cancel = new CancellationTokenSource();
        var hover = client.RequestAsync("textDocument/hover", LspTestClient.At(Uri, 1, 2), cancel.Token);
        await gate.Started.Task.WaitAsync(LspTestClient.Patience);
        cancel.Cancel();
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => hover);
        // The server saw the cancellation: its handler's token fired.
        Assert.True(await gate.Cancelled.Task.WaitAsync(LspTestClient.Patience));
        var symbols = await client.RequestAsync("textDocument/documentSymbol", LspTestClient.Document(Uri));
        Assert.Equal(JsonValueKind.Array, symbols.ValueKind);
    }

    [Fact]
    public async Task A_result_made_stale_by_an_edit_answers_ContentModified()
    {
        var gate = new Gate { IgnoreCancellation = true };
        await using var client = LspTestClient.StartInProcess(services => services.AddSingleton<IDocumentRequestHandler<HoverParams, Hover?>>(new WaitingHover(gate)));
        await client.InitializeAsync();
        await client.OpenAsync(Uri, Samples.OneEntry);
        var hover = client.RequestAsync("textDocument/hover", LspTestClient.At(Uri, 1, 2));
        await gate.Started.Task.WaitAsync(LspTestClient.Patience);
        await client.ChangeAsync(Uri, 2, LspTestClient.Edit(2, 0, 2, 0, "Indeed, "));
        await client.DiagnosticsAsync(Uri, p => p.TryGetProperty("version", out var v) && v.GetInt32() == 2);
        gate.Release.SetResult();
        var error = await Assert.ThrowsAsync<RemoteInvocationException>(() => hover);
        Assert.Equal(-32801, error.ErrorCode);
    }

    private sealed class Gate
    {
        public bool IgnoreCancellation { get; init; }

        public TaskCompletionSource Started { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

        public TaskCompletionSource Release { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

        public TaskCompletionSource<bool> Cancelled { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);
    }

    /// <summary>A hover that holds its thread until cancelled or released, as a slow computation would.</summary>
    private sealed class WaitingHover(Gate gate) : IDocumentRequestHandler<HoverParams, Hover?>
    {
        public Hover? Handle(DocumentSnapshot document, HoverParams request, CancellationToken cancellationToken)
        {
            gate.Started.TrySetResult();
            if (gate.IgnoreCancellation)
            {
                gate.Release.Task.Wait(LspTestClient.Patience, CancellationToken.None);
                return new Hover(new MarkupContent(MarkupContent.PlainText, "late"));
            }
            cancellationToken.WaitHandle.WaitOne(LspTestClient.Patience);
            gate.Cancelled.TrySetResult(cancellationToken.IsCancellationRequested);
            cancellationToken.ThrowIfCancellationRequested();
            return null;
        }
    }
}
