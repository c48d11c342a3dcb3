using System.Diagnostics;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using ListingLsp.Server.Documents;
using ListingLsp.Server.Handlers;
using ListingLsp.Server.Logging;
using ListingLsp.Server.Protocol;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace ListingLsp.Server.Rpc;

/// <summary>
/// What every message goes through: the lifecycle gate, parameter binding (bad JSON is InvalidParams),
/// the snapshot taken before the first await (so requests see edits in arrival order), the hop to the
/// thread pool (so reads run in parallel), staleness (ContentModified) and failure handling
/// (logged, answered as an error, and the server keeps serving).
/// </summary>
internal sealed class RequestDispatcher(
    ServerLifecycle lifecycle,
    DocumentStore documents,
    IServiceProvider services,
    ILogger<RequestDispatcher> logger)
{
    public async Task<TResult> RequestAsync<TParams, TResult>(
        string method, JsonElement raw, JsonTypeInfo<TParams> contract, CancellationToken cancellationToken)
    {
        lifecycle.EnsureRequestAllowed(method);
        var request = Bind(method, raw, contract);
        var handler = services.GetRequiredService<IRequestHandler<TParams, TResult>>();
        await Task.Yield();
        return Run(method, () => handler.Handle(request, cancellationToken), cancellationToken);
    }

    public async Task<TResult> DocumentRequestAsync<TParams, TResult>(
        string method, JsonElement raw, JsonTypeInfo<TParams> contract, CancellationToken cancellationToken)
        where TParams : ITextDocumentParams
    {
        lifecycle.EnsureRequestAllowed(method);
        var request = Bind(method, raw, contract);
        var handler = services.GetRequiredService<IDocumentRequestHandler<TParams, TResult>>();
        var snapshot = documents.Find(request.TextDocument.Uri);
        await Task.Yield();
        if (snapshot is null)
        {
            logger.NotOpen(method, request.TextDocument.Uri);
            return handler.NotOpen(request);
        }
        var result = Run(method, () => handler.Handle(snapshot, request, cancellationToken), cancellationToken);
        if (!documents.IsCurrent(snapshot))
        {
            throw LspErrors.Create(LspErrors.ContentModified, $"{method}: the document changed while the request ran");
        }
        return result;
    }

    /// <summary>A notification: runs synchronously, in arrival order; failures are logged (there is nobody to answer).</summary>
    public void Notify<TParams>(string method, JsonElement raw, JsonTypeInfo<TParams> contract, Action<TParams> handle) =>
        Notify(method, () => Bind(method, raw, contract), handle);

    /// <summary>A notification whose params StreamJsonRpc already bound (didOpen: no copy of a large frame).</summary>
    public void Notify<TParams>(string method, TParams bound, Action<TParams> handle) => Notify(method, () => bound, handle);

    private void Notify<TParams>(string method, Func<TParams> bind, Action<TParams> handle)
    {
        if (!lifecycle.AcceptsNotifications)
        {
            logger.Dropped(method);
            return;
        }
        try
        {
            handle(bind());
        }
        catch (Exception e)
        {
            logger.LogError(e, "{Method} failed", method);
        }
    }

    public T Bind<T>(string method, JsonElement raw, JsonTypeInfo<T> contract)
    {
        try
        {
            return raw.ValueKind is JsonValueKind.Undefined or JsonValueKind.Null
                ? throw new JsonException("params are missing")
                : raw.Deserialize(contract) ?? throw new JsonException("params are missing");
        }
        catch (JsonException e)
        {
            logger.LogWarning("{Method}: invalid params: {Message}", method, e.Message);
            throw LspErrors.Create(LspErrors.InvalidParams, $"{method}: invalid params: {e.Message}");
        }
    }

    private TResult Run<TResult>(string method, Func<TResult> work, CancellationToken cancellationToken)
    {
        var started = Stopwatch.GetTimestamp();
        try
        {
            var result = work();
            if (logger.IsEnabled(LogLevel.Debug))
            {
                logger.Handled(method, Stopwatch.GetElapsedTime(started).TotalMilliseconds);
            }
            return result;
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            logger.Cancelled(method);
            throw;
        }
        catch (Exception e) when (e is not StreamJsonRpc.LocalRpcException)
        {
            logger.LogError(e, "{Method} failed", method);
            throw LspErrors.Create(LspErrors.InternalError, $"{method} failed: {e.Message}");
        }
    }
}
