using System.Collections.Concurrent;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.Extensions.DependencyInjection;
using Nerdbank.Streams;
using StreamJsonRpc;

namespace ListingLsp.Server.Tests.Infrastructure;

/// <summary>
/// A language client for tests: StreamJsonRpc over an in-memory full-duplex stream to an in-process
/// server (<see cref="LspHost"/>), or over a spawned process's stdio. It records what the server sends
/// (diagnostics, log messages, progress) and answers the server's requests (progress tokens, watcher
/// registration) the way an editor does.
/// </summary>
public sealed class LspTestClient : IAsyncDisposable
{
    public static readonly TimeSpan Patience = TimeSpan.FromSeconds(30);

    private readonly JsonRpc rpc;
    private readonly ClientTarget target = new();

    private LspTestClient(JsonRpc rpc, Task<int> server)
    {
        this.rpc = rpc;
        Server = server;
        rpc.AddLocalRpcTarget(target, new JsonRpcTargetOptions { UseSingleObjectParameterDeserialization = true });
        rpc.StartListening();
    }

    /// <summary>The server's run: completes with its exit code.</summary>
    public Task<int> Server { get; }

    public IReadOnlyCollection<JsonElement> Diagnostics => target.Diagnostics;

    public IReadOnlyCollection<JsonElement> LogMessages => target.LogMessages;

    public IReadOnlyCollection<JsonElement> Progress => target.Progress;

    public IReadOnlyCollection<JsonElement> Registrations => target.Registrations;

    public IReadOnlyCollection<JsonElement> Traces => target.Traces;

    /// <summary>What the client answers to workspace/configuration for the <c>listing</c> section (null: no settings).</summary>
    public JsonNode? Settings
    {
        get => target.Settings;
        set => target.Settings = value;
    }

    /// <summary>The server's requests to refresh what the client shows (workspace/inlayHint/refresh and the like), by method.</summary>
    public IReadOnlyCollection<string> Refreshes => target.Refreshes;

    /// <summary>Start an in-process server on an in-memory stream pair.</summary>
    public static LspTestClient StartInProcess(Action<IServiceCollection>? configure = null, ServerOptions? options = null)
    {
        var (clientStream, serverStream) = FullDuplexStream.CreatePair();
        var server = Task.Run(() => LspHost.RunAsync(serverStream, serverStream, options ?? new ServerOptions { StderrLogLevel = Microsoft.Extensions.Logging.LogLevel.Warning }, configure, CancellationToken.None));
        return new LspTestClient(CreateRpc(clientStream, clientStream), server);
    }

    /// <summary>Talk to a server process over its stdin/stdout.</summary>
    public static LspTestClient Attach(Stream toServer, Stream fromServer, Task<int> exitCode) =>
        new(CreateRpc(toServer, fromServer), exitCode);

    public static JsonObject Capabilities(bool pullDiagnostics = false, string[]? positionEncodings = null) => new()
    {
        ["general"] = positionEncodings is null ? null : new JsonObject { ["positionEncodings"] = new JsonArray([.. positionEncodings.Select(e => JsonValue.Create(e))]) },
        ["textDocument"] = new JsonObject
        {
            ["completion"] = new JsonObject { ["completionItem"] = new JsonObject { ["snippetSupport"] = true } },
            ["diagnostic"] = pullDiagnostics ? new JsonObject { ["dynamicRegistration"] = false } : null,
        },
        ["window"] = new JsonObject { ["workDoneProgress"] = true },
        ["workspace"] = new JsonObject { ["didChangeWatchedFiles"] = new JsonObject { ["dynamicRegistration"] = true } },
    };

    public async Task<JsonElement> InitializeAsync(JsonObject? capabilities = null, string? workspaceFolder = null, int? processId = null, string trace = "off")
    {
        var result = await RequestAsync("initialize", new JsonObject
        {
            ["processId"] = processId,
            ["clientInfo"] = new JsonObject { ["name"] = "test client" },
            ["rootUri"] = null,
            ["workspaceFolders"] = workspaceFolder is null ? null : new JsonArray(new JsonObject { ["uri"] = new Uri(workspaceFolder).AbsoluteUri, ["name"] = "test" }),
            ["capabilities"] = capabilities ?? Capabilities(),
            ["trace"] = trace,
        });
        await NotifyAsync("initialized", new JsonObject());
        return result;
    }

    public Task<JsonElement> RequestAsync(string method, JsonNode? parameters, CancellationToken cancellationToken = default) =>
        rpc.InvokeWithParameterObjectAsync<JsonElement>(method, parameters, cancellationToken).WaitAsync(Patience, cancellationToken);

    public Task NotifyAsync(string method, JsonNode? parameters) => rpc.NotifyWithParameterObjectAsync(method, parameters);

    public Task NotifyAsync(string method) => rpc.NotifyAsync(method);

    /// <summary>Shutdown then exit, as an editor closes; returns the server's exit code.</summary>
    public async Task<int> ShutdownAndExitAsync()
    {
        await RequestAsync("shutdown", null);
        await NotifyAsync("exit");
        return await Server.WaitAsync(Patience);
    }

    public Task OpenAsync(string uri, string text, int version = 1) => NotifyAsync("textDocument/didOpen", new JsonObject
    {
        ["textDocument"] = new JsonObject { ["uri"] = uri, ["languageId"] = "listing", ["version"] = version, ["text"] = text },
    });

    public Task ChangeAsync(string uri, int version, params JsonObject[] changes) => NotifyAsync("textDocument/didChange", new JsonObject
    {
        ["textDocument"] = new JsonObject { ["uri"] = uri, ["version"] = version },
        ["contentChanges"] = new JsonArray([.. changes]),
    });

    public static JsonObject Edit(int line, int character, int endLine, int endCharacter, string text) => new()
    {
        ["range"] = Range(line, character, endLine, endCharacter),
        ["text"] = text,
    };

    public static JsonObject Range(int line, int character, int endLine, int endCharacter) => new()
    {
        ["start"] = new JsonObject { ["line"] = line, ["character"] = character },
        ["end"] = new JsonObject { ["line"] = endLine, ["character"] = endCharacter },
    };

    public static JsonObject At(string uri, int line, int character) => new()
    {
        ["textDocument"] = new JsonObject { ["uri"] = uri },
        ["position"] = new JsonObject { ["line"] = line, ["character"] = character },
    };

    public static JsonObject Document(string uri) => new() { ["textDocument"] = new JsonObject { ["uri"] = uri } };

    /// <summary>The first publishDiagnostics for the uri that satisfies the condition (waiting for it).</summary>
    public Task<JsonElement> DiagnosticsAsync(string uri, Func<JsonElement, bool>? where = null) =>
        target.WaitForAsync(target.Diagnostics, p => p.GetProperty("uri").GetString() == uri && (where?.Invoke(p) ?? true));

    /// <summary>Waits until the server ends its work-done progress (the workspace index is built).</summary>
    public Task<JsonElement> ProgressEndAsync() =>
        target.WaitForAsync(target.Progress, p => p.GetProperty("value").GetProperty("kind").GetString() == "end");

    public Task<JsonElement> LogMessageAsync(Func<JsonElement, bool> where) => target.WaitForAsync(target.LogMessages, where);

    public Task<JsonElement> TraceAsync(Func<JsonElement, bool> where) => target.WaitForAsync(target.Traces, where);

    public async ValueTask DisposeAsync()
    {
        rpc.Dispose();
        try
        {
            await Server.WaitAsync(Patience);
        }
        catch (Exception)
        {
            // a test that ended the server on purpose has already checked how
        }
    }

    private static JsonRpc CreateRpc(Stream sending, Stream receiving) =>
        new(new HeaderDelimitedMessageHandler(sending, receiving, new SystemTextJsonFormatter
        {
            JsonSerializerOptions = { PropertyNamingPolicy = JsonNamingPolicy.CamelCase },
        }));

    /// <summary>The client side of the protocol: what the server calls.</summary>
    private sealed class ClientTarget
    {
        private readonly object gate = new();
        private readonly List<(Func<JsonElement, bool> Match, ConcurrentQueue<JsonElement> Source, TaskCompletionSource<JsonElement> Done)> waiters = [];

        public ConcurrentQueue<JsonElement> Diagnostics { get; } = new();

        public ConcurrentQueue<JsonElement> LogMessages { get; } = new();

        public ConcurrentQueue<JsonElement> Progress { get; } = new();

        public ConcurrentQueue<JsonElement> Registrations { get; } = new();

        public ConcurrentQueue<JsonElement> Traces { get; } = new();

        public ConcurrentQueue<string> Refreshes { get; } = new();

        public JsonNode? Settings { get; set; }

        [JsonRpcMethod("workspace/configuration")]
        public JsonArray Configuration(JsonElement p) => [.. p.GetProperty("items").EnumerateArray().Select(_ => Settings?.DeepClone())];

        [JsonRpcMethod("workspace/inlayHint/refresh")]
        public object? RefreshInlayHints(JsonElement p)
        {
            Refreshes.Enqueue("workspace/inlayHint/refresh");
            return null;
        }

        [JsonRpcMethod("textDocument/publishDiagnostics")]
        public void PublishDiagnostics(JsonElement p) => Record(Diagnostics, p);

        [JsonRpcMethod("window/logMessage")]
        public void LogMessage(JsonElement p) => Record(LogMessages, p);

        [JsonRpcMethod("$/logTrace")]
        public void LogTrace(JsonElement p) => Record(Traces, p);

        [JsonRpcMethod("$/progress")]
        public void OnProgress(JsonElement p) => Record(Progress, p);

        [JsonRpcMethod("window/workDoneProgress/create")]
        public object? CreateProgress(JsonElement p) => null;

        [JsonRpcMethod("client/registerCapability")]
        public object? RegisterCapability(JsonElement p)
        {
            Record(Registrations, p);
            return null;
        }

        public Task<JsonElement> WaitForAsync(ConcurrentQueue<JsonElement> source, Func<JsonElement, bool> match)
        {
            lock (gate)
            {
                foreach (var item in source)
                {
                    if (match(item))
                    {
                        return Task.FromResult(item);
                    }
                }
                var done = new TaskCompletionSource<JsonElement>(TaskCreationOptions.RunContinuationsAsynchronously);
                waiters.Add((match, source, done));
                return done.Task.WaitAsync(Patience);
            }
        }

        private void Record(ConcurrentQueue<JsonElement> source, JsonElement item)
        {
            lock (gate)
            {
                source.Enqueue(item.Clone());
                foreach (var waiter in waiters.Where(w => w.Source == source && w.Match(item)).ToList())
                {
                    waiters.Remove(waiter);
                    waiter.Done.TrySetResult(item.Clone());
                }
            }
        }
    }
}
