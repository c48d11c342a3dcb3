using ListingLsp.Server.Protocol;

namespace ListingLsp.Server.Rpc;

/// <summary>
/// The LSP lifecycle (initialize, initialized, shutdown, exit) and what initialize negotiated.
/// Written once by initialize before any other message is served, then only read.
/// </summary>
internal sealed class ServerLifecycle
{
    private readonly TaskCompletionSource<int> exit = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private volatile State state;
    private volatile string trace = TraceValue.Off;

    private enum State
    {
        WaitingForInitialize,
        Running,
        ShutDown,
    }

    public ClientCapabilities Capabilities { get; private set; } = new();

    public string PositionEncoding { get; private set; } = PositionEncodingKind.Utf16;

    public IReadOnlyList<WorkspaceFolder> WorkspaceFolders { get; private set; } = [];

    public int? ClientProcessId { get; private set; }

    /// <summary>Pull diagnostics (textDocument/diagnostic) instead of pushing them.</summary>
    public bool PullDiagnostics => Capabilities.TextDocument?.Diagnostic is not null;

    public bool SnippetSupport => Capabilities.TextDocument?.Completion?.CompletionItem?.SnippetSupport == true;

    public bool WorkDoneProgress => Capabilities.Window?.WorkDoneProgress == true;

    public bool DynamicFileWatchers => Capabilities.Workspace?.DidChangeWatchedFiles?.DynamicRegistration == true;

    public string Trace => trace;

    public bool IsShutDown => state == State.ShutDown;

    /// <summary>Completes with the process exit code: 0 after shutdown, 1 otherwise.</summary>
    public Task<int> Exited => exit.Task;

    public void Initialize(InitializeParams parameters)
    {
        if (state != State.WaitingForInitialize)
        {
            throw LspErrors.Create(LspErrors.InvalidRequest, "initialize was already received");
        }
        Capabilities = parameters.Capabilities;
        PositionEncoding = NegotiateEncoding(parameters.Capabilities.General?.PositionEncodings);
        WorkspaceFolders = parameters.WorkspaceFolders
            ?? (parameters.RootUri is { } root ? [new WorkspaceFolder(root, "root")] : []);
        ClientProcessId = parameters.ProcessId;
        SetTrace(parameters.Trace);
        state = State.Running;
    }

    public void SetTrace(string? value) =>
        trace = value is TraceValue.Messages or TraceValue.Verbose ? value : TraceValue.Off;

    /// <summary>Throws the LSP error for a request that the current state does not allow.</summary>
    public void EnsureRequestAllowed(string method)
    {
        switch (state)
        {
            case State.WaitingForInitialize:
                throw LspErrors.Create(LspErrors.ServerNotInitialized, $"{method}: the server is not initialized yet");
            case State.ShutDown:
                throw LspErrors.Create(LspErrors.InvalidRequest, $"{method}: the server is shutting down");
        }
    }

    /// <summary>Notifications other than exit are dropped before initialize and after shutdown.</summary>
    public bool AcceptsNotifications => state == State.Running;

    public void Shutdown()
    {
        EnsureRequestAllowed("shutdown");
        state = State.ShutDown;
    }

    /// <summary>The exit notification, the end of the input stream, or the client process's death.</summary>
    public void Exit() => exit.TrySetResult(IsShutDown ? 0 : 1);

    /// <summary>The client's first listed encoding that this server supports; UTF-16 when it lists none.</summary>
    private static string NegotiateEncoding(IReadOnlyList<string>? offered) =>
        offered?.FirstOrDefault(e => e is PositionEncodingKind.Utf8 or PositionEncodingKind.Utf16 or PositionEncodingKind.Utf32)
        ?? PositionEncodingKind.Utf16;
}
