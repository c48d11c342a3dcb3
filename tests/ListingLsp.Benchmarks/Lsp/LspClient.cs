using System.Collections.Concurrent;
using System.Diagnostics;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Threading.Channels;
using ListingLsp.Benchmarks.Commands;

namespace ListingLsp.Benchmarks.Lsp;

/// <summary>
/// A minimal LSP client over a child process's stdin/stdout. Hand-rolled rather than StreamJsonRpc so
/// that messages can be serialized before the clock starts and every incoming frame is stamped the
/// moment its last byte is read, before any JSON parsing on this side.
/// </summary>
internal sealed class LspClient : IAsyncDisposable
{
    private static readonly JsonSerializerOptions Json = new()
    {
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        DefaultIgnoreCondition = System.Text.Json.Serialization.JsonIgnoreCondition.WhenWritingNull,
    };

    private readonly Process process;
    private readonly Stream input;
    private readonly SemaphoreSlim writeLock = new(1, 1);
    private readonly ConcurrentDictionary<long, TaskCompletionSource<Response>> pending = new();
    private readonly Channel<Published> published = Channel.CreateUnbounded<Published>();
    private readonly ConcurrentQueue<string> stderrTail = new();
    private readonly Task readLoop;
    private long nextId;

    /// <summary>A response, stamped (Stopwatch ticks) when its last byte arrived.</summary>
    public readonly record struct Response(JsonElement Result, string? Error, long ArrivedAt);

    /// <summary>A textDocument/publishDiagnostics notification.</summary>
    public readonly record struct Published(string Uri, int? Version, int Count, long ArrivedAt);

    private LspClient(Process process)
    {
        this.process = process;
        input = process.StandardInput.BaseStream;
        process.ErrorDataReceived += (_, e) => KeepTail(e.Data);
        process.BeginErrorReadLine();
        readLoop = Task.Run(() => ReadLoopAsync(new FrameReader(process.StandardOutput.BaseStream)));
    }

    public int ProcessId => process.Id;

    public static LspClient Start(string cli) => new(Process.Start(CliProcess.StartInfo(cli, "lsp"))!);

    /// <summary>The last lines the server wrote to stderr (shown when something goes wrong).</summary>
    public string StderrTail => string.Join('\n', stderrTail);

    public static byte[] Notification(string method, object? parameters) =>
        Frame(JsonSerializer.SerializeToUtf8Bytes(new { jsonrpc = "2.0", method, @params = parameters }, Json));

    /// <summary>Sends a request and returns its response and the time from the first byte sent to the last byte received.</summary>
    public async Task<(Response Response, TimeSpan Latency)> RequestAsync(string method, object? parameters, TimeSpan? timeout = null)
    {
        var id = Interlocked.Increment(ref nextId);
        var frame = Frame(JsonSerializer.SerializeToUtf8Bytes(new { jsonrpc = "2.0", id, method, @params = parameters }, Json));
        var reply = new TaskCompletionSource<Response>(TaskCreationOptions.RunContinuationsAsynchronously);
        pending[id] = reply;
        var sent = Stopwatch.GetTimestamp();
        await SendAsync(frame);
        var response = await reply.Task.WaitAsync(timeout ?? TimeSpan.FromMinutes(2));
        if (response.Error is { } error)
        {
            throw new InvalidOperationException($"{method} failed: {error}");
        }
        return (response, Stopwatch.GetElapsedTime(sent, response.ArrivedAt));
    }

    public async Task SendAsync(byte[] frame)
    {
        await writeLock.WaitAsync();
        try
        {
            await input.WriteAsync(frame);
            await input.FlushAsync();
        }
        finally
        {
            writeLock.Release();
        }
    }

    /// <summary>Waits for diagnostics of <paramref name="uri"/> at <paramref name="version"/>, skipping older ones.</summary>
    public async Task<Published> WaitForDiagnosticsAsync(string uri, int version, TimeSpan timeout)
    {
        using var cancel = new CancellationTokenSource(timeout);
        while (true)
        {
            var next = await published.Reader.ReadAsync(cancel.Token);
            if (next.Uri == uri && (next.Version is null || next.Version >= version))
            {
                return next;
            }
        }
    }

    public async ValueTask DisposeAsync()
    {
        try
        {
            if (!process.HasExited)
            {
                await RequestAsync("shutdown", null, TimeSpan.FromSeconds(30));
                await SendAsync(Notification("exit", null));
                await process.WaitForExitAsync(new CancellationTokenSource(TimeSpan.FromSeconds(10)).Token);
            }
        }
        catch (Exception e) when (e is OperationCanceledException or InvalidOperationException or IOException or TimeoutException)
        {
            Console.Error.WriteLine($"server did not shut down cleanly: {e.Message}");
        }
        finally
        {
            if (!process.HasExited)
            {
                process.Kill();
            }
            await readLoop.ContinueWith(_ => { }, TaskScheduler.Default);
            process.Dispose();
            writeLock.Dispose();
        }
    }

    private static byte[] Frame(byte[] body)
    {
        var header = Encoding.ASCII.GetBytes($"Content-Length: {body.Length}\r\n\r\n");
        return [.. header, .. body];
    }

    private async Task ReadLoopAsync(FrameReader reader)
    {
        try
        {
            while (await reader.ReadAsync() is { } body)
            {
                Dispatch(body, Stopwatch.GetTimestamp());
            }
        }
        catch (IOException)
        {
        }
        finally
        {
            published.Writer.TryComplete();
            foreach (var waiting in pending.Values)
            {
                waiting.TrySetException(new IOException("the server closed its output\n" + StderrTail));
            }
        }
    }

    private void Dispatch(byte[] body, long arrivedAt)
    {
        using var message = JsonDocument.Parse(body);
        var root = message.RootElement;
        var hasMethod = root.TryGetProperty("method", out var method);
        var hasId = root.TryGetProperty("id", out var id);
        if (hasMethod && hasId)
        {
            AnswerServerRequest(id.Clone(), method.GetString(), root);
        }
        else if (hasMethod && method.ValueEquals("textDocument/publishDiagnostics"))
        {
            var parameters = root.GetProperty("params");
            int? version = parameters.TryGetProperty("version", out var v) && v.ValueKind == JsonValueKind.Number ? v.GetInt32() : null;
            published.Writer.TryWrite(new Published(
                parameters.GetProperty("uri").GetString()!, version, parameters.GetProperty("diagnostics").GetArrayLength(), arrivedAt));
        }
        else if (!hasMethod && hasId && id.ValueKind == JsonValueKind.Number && pending.TryRemove(id.GetInt64(), out var reply))
        {
            var error = root.TryGetProperty("error", out var e) ? e.GetRawText() : null;
            var result = root.TryGetProperty("result", out var r) ? r.Clone() : default;
            reply.TrySetResult(new Response(result, error, arrivedAt));
        }
    }

    // Requests the server sends us (configuration, capability registration, progress tokens) get
    // neutral answers: null, or one null per configuration item.
    private void AnswerServerRequest(JsonElement id, string? method, JsonElement request)
    {
        object? result = null;
        if (method == "workspace/configuration" && request.TryGetProperty("params", out var p) && p.TryGetProperty("items", out var items))
        {
            result = new object?[items.GetArrayLength()];
        }
        var frame = Frame(JsonSerializer.SerializeToUtf8Bytes(new Dictionary<string, object?> { ["jsonrpc"] = "2.0", ["id"] = id, ["result"] = result }));
        _ = Task.Run(() => SendAsync(frame));
    }

    private void KeepTail(string? line)
    {
        if (line is null)
        {
            return;
        }
        stderrTail.Enqueue(line);
        while (stderrTail.Count > 40)
        {
            stderrTail.TryDequeue(out _);
        }
    }
}
