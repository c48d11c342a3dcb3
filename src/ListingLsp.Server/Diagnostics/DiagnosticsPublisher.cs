using System.Threading.Channels;
using ListingLsp.Server.Documents;
using ListingLsp.Server.Protocol;
using ListingLsp.Server.Rpc;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace ListingLsp.Server.Diagnostics;

/// <summary>
/// Push diagnostics: after every change the document is queued, and one background loop publishes
/// the newest snapshot with its version. There is no timer: edits that arrive while a document waits
/// in the queue fold into one publication, so diagnostics follow typing as fast as they are computed.
/// In pull mode (the client asks with textDocument/diagnostic) nothing is pushed.
/// </summary>
internal sealed class DiagnosticsPublisher : BackgroundService
{
    private readonly Channel<string> queue = Channel.CreateUnbounded<string>(new UnboundedChannelOptions { SingleReader = true });
    private readonly HashSet<string> pending = new(StringComparer.Ordinal);
    private readonly Dictionary<string, string> closed = new(StringComparer.Ordinal);
    private readonly DocumentStore documents;
    private readonly ServerLifecycle lifecycle;
    private readonly ClientChannel client;
    private readonly ILogger<DiagnosticsPublisher> logger;
    private readonly DiagnosticsCache cache = new();

    public DiagnosticsPublisher(DocumentStore documents, ServerLifecycle lifecycle, ClientChannel client, ILogger<DiagnosticsPublisher> logger)
    {
        this.documents = documents;
        this.lifecycle = lifecycle;
        this.client = client;
        this.logger = logger;
        documents.Changed += Schedule;
        documents.Closed += (key, snapshot) =>
        {
            lock (pending)
            {
                closed[key] = snapshot.Uri;
            }
            Schedule(key);
        };
    }

    private void Schedule(string key)
    {
        if (lifecycle.PullDiagnostics)
        {
            return;
        }
        lock (pending)
        {
            if (!pending.Add(key))
            {
                return;
            }
        }
        queue.Writer.TryWrite(key);
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        try
        {
            await foreach (var key in queue.Reader.ReadAllAsync(stoppingToken).ConfigureAwait(false))
            {
                string? closedUri;
                lock (pending)
                {
                    pending.Remove(key);
                    closed.Remove(key, out closedUri);
                }
                Publish(key, closedUri);
            }
        }
        catch (OperationCanceledException)
        {
            // stopping
        }
    }

    private void Publish(string key, string? closedUri)
    {
        var snapshot = documents.All.GetValueOrDefault(key);
        try
        {
            if (snapshot is null)
            {
                // Closed: clear what the editor shows for it.
                cache.Forget(key);
                if (closedUri is not null)
                {
                    client.Notify("textDocument/publishDiagnostics", new PublishDiagnosticsParams(closedUri, null, SerializedDiagnostics.Empty), LspJsonContext.Default.PublishDiagnosticsParams);
                }
                return;
            }
            var diagnostics = cache.Serialize(key, snapshot, documents.Positions);
            client.Notify(
                "textDocument/publishDiagnostics",
                new PublishDiagnosticsParams(snapshot.Uri, snapshot.Version, diagnostics),
                LspJsonContext.Default.PublishDiagnosticsParams);
        }
        catch (Exception e)
        {
            logger.LogError(e, "diagnostics of {Uri} failed", snapshot?.Uri ?? closedUri);
        }
    }
}
