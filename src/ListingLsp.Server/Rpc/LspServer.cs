using System.Diagnostics;
using System.Diagnostics.CodeAnalysis;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using ListingLsp.Server.Documents;
using ListingLsp.Server.Logging;
using ListingLsp.Server.Protocol;
using Microsoft.Extensions.Logging;
using StreamJsonRpc;

namespace ListingLsp.Server.Rpc;

/// <summary>One LSP connection: the JSON-RPC wiring over two streams, and the wait for its end.</summary>
internal sealed class LspServer(LspEndpoints endpoints, EditingEndpoints editingEndpoints, ClientChannel client, ServerLifecycle lifecycle, StagedTexts stagedTexts, ILoggerFactory loggers)
{
    private static readonly TimeSpan InputDrainGrace = TimeSpan.FromMilliseconds(500);

    /// <summary>Serve until exit, the end of the input, or the client's death; returns the exit code.</summary>
    public async Task<int> RunAsync(Stream input, Stream output, CancellationToken cancellationToken)
    {
        var logger = loggers.CreateLogger("ListingLsp.Server.JsonRpc");
        using var rpc = new LspJsonRpc(new HeaderDelimitedMessageHandler(output, input, CreateFormatter()));
        rpc.TraceSource = new TraceSource("StreamJsonRpc", SourceLevels.Warning);
        rpc.TraceSource.Listeners.Clear();
        rpc.TraceSource.Listeners.Add(new LoggerTraceListener(logger));
        rpc.AddLocalRpcTarget(RpcTargetMetadata.FromShape<LspEndpoints>(), endpoints, null);
        rpc.AddLocalRpcTarget(RpcTargetMetadata.FromShape<EditingEndpoints>(), editingEndpoints, null);
        client.Attach(rpc);
        rpc.StartListening();

        using var cancelled = cancellationToken.Register(lifecycle.Exit);
        var ended = await Task.WhenAny(rpc.Completion, lifecycle.Exited).ConfigureAwait(false);
        if (ended == rpc.Completion)
        {
            // The end of the input can overtake the last messages (shutdown, exit) while they are still
            // being dispatched: give them a moment to land before deciding the exit code.
            await Task.WhenAny(lifecycle.Exited, Task.Delay(InputDrainGrace, CancellationToken.None)).ConfigureAwait(false);
            logger.LogInformation("the client closed the connection");
            lifecycle.Exit();
        }
        return await lifecycle.Exited.ConfigureAwait(false);
    }

    // SystemTextJsonFormatter is annotated as needing reflection in general; here every contract comes
    // from the source-generated LspJsonContext (params travel as JsonElement) or from RequestIdResolver.
    [UnconditionalSuppressMessage("Trimming", "IL2026", Justification = "All contracts are source-generated.")]
    [UnconditionalSuppressMessage("AOT", "IL3050", Justification = "All contracts are source-generated.")]
    private LspMessageFormatter CreateFormatter() => new(stagedTexts)
    {
        JsonSerializerOptions = new JsonSerializerOptions(LspJsonContext.Default.Options)
        {
            TypeInfoResolver = JsonTypeInfoResolver.Combine(LspJsonContext.Default, RequestIdResolver.Instance),
        },
    };

    /// <summary>StreamJsonRpc reports failures in notifications and transport only through its TraceSource.</summary>
    private sealed class LoggerTraceListener(ILogger logger) : TraceListener
    {
        public override void Write(string? message)
        {
        }

        public override void WriteLine(string? message)
        {
        }

        public override void TraceEvent(TraceEventCache? eventCache, string source, TraceEventType eventType, int id, string? message) =>
            Log(eventType, message);

        public override void TraceEvent(TraceEventCache? eventCache, string source, TraceEventType eventType, int id, [StringSyntax("CompositeFormat")] string? format, params object?[]? args) =>
            Log(eventType, args is { Length: > 0 } && format is not null ? string.Format(System.Globalization.CultureInfo.InvariantCulture, format, args) : format);

        private void Log(TraceEventType eventType, string? message)
        {
            var level = eventType switch
            {
                TraceEventType.Critical or TraceEventType.Error => LogLevel.Error,
                TraceEventType.Warning => LogLevel.Warning,
                _ => LogLevel.Debug,
            };
            logger.Relay(level, message);
        }
    }
}
