using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using StreamJsonRpc;

namespace ListingLsp.Server.Rpc;

/// <summary>
/// Messages from the server to the client. Parameters are handed to StreamJsonRpc as named values with
/// the declared types of their source-generated contract, so nothing on this path serializes by
/// reflection (NativeAOT). Before the connection exists (and after it is gone) sends are dropped.
/// </summary>
internal sealed class ClientChannel
{
    private volatile JsonRpc? rpc;

    public void Attach(JsonRpc connection) => rpc = connection;

    public bool IsConnected => rpc is { IsDisposed: false };

    /// <summary>Send a notification; failures (a closed stream) are swallowed: the client is gone.</summary>
    /// <returns>A task that ends once the message is written out (or failed: failures are observed here).</returns>
    public Task Notify<T>(string method, T value, JsonTypeInfo<T> contract)
    {
        if (rpc is not { IsDisposed: false } connection)
        {
            return Task.CompletedTask;
        }
        var (arguments, types) = Named(value, contract);
        return connection.NotifyWithParameterObjectAsync(method, arguments, types).ContinueWith(
            static t => _ = t.Exception, CancellationToken.None, TaskContinuationOptions.None, TaskScheduler.Default);
    }

    /// <summary>Send a request and return its result (workspace/configuration; most callers ignore it).</summary>
    public async Task<JsonElement> RequestAsync<T>(string method, T value, JsonTypeInfo<T> contract, CancellationToken cancellationToken)
    {
        var connection = rpc ?? throw new InvalidOperationException("no client connection");
        var (arguments, types) = Named(value, contract);
        return await connection.InvokeWithParameterObjectAsync<JsonElement>(method, arguments, types, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>
    /// The value's properties as named arguments with their declared types, read through the contract:
    /// StreamJsonRpc serializes each one once, straight into the message (nulls are left out, as the
    /// contract's options do).
    /// </summary>
    private static (Dictionary<string, object?> Arguments, Dictionary<string, Type> Types) Named<T>(T value, JsonTypeInfo<T> contract)
    {
        var arguments = new Dictionary<string, object?>(StringComparer.Ordinal);
        var types = new Dictionary<string, Type>(StringComparer.Ordinal);
        foreach (var property in contract.Properties)
        {
            if (property.Get?.Invoke(value!) is { } argument)
            {
                arguments[property.Name] = argument;
                types[property.Name] = property.PropertyType;
            }
        }
        return (arguments, types);
    }
}
