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

    /// <summary>Large documents whose first analysis has been published and moved to the old generation.</summary>
    private readonly HashSet<string> settled = new(StringComparer.Ordinal);

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
                settled.Remove(key);
                if (closedUri is not null)
                {
                    client.Notify("textDocument/publishDiagnostics", new PublishDiagnosticsParams(closedUri, null, SerializedDiagnostics.Empty), LspJsonContext.Default.PublishDiagnosticsParams);
                }
                return;
            }
            var diagnostics = cache.Serialize(key, snapshot, documents.Positions);
            var sent = client.Notify(
                "textDocument/publishDiagnostics",
                new PublishDiagnosticsParams(snapshot.Uri, snapshot.Version, diagnostics),
                LspJsonContext.Default.PublishDiagnosticsParams);
            if (snapshot.Document.Text.Length >= DocumentStore.LargeText && settled.Add(key))
            {
                // The first analysis of a large document leaves its results (~40 MB at 100k entries) in the
                // young generations, and promoting them one gen1 collection at a time pauses the first edits
                // by 10-20 ms each. One full collection once the diagnostics are out moves them at once.
                sent.ContinueWith(static _ => GC.Collect(GC.MaxGeneration, GCCollectionMode.Forced, blocking: true, compacting: true),
                    CancellationToken.None, TaskContinuationOptions.None, TaskScheduler.Default);
            }
        }
        catch (Exception e)
        {
            logger.LogError(e, "diagnostics of {Uri} failed", snapshot?.Uri ?? closedUri);
        }
    }
}
