using System.Text.Json;

namespace ListingLsp.Server.Protocol;

public sealed record InitializeParams
{
    public int? ProcessId { get; init; }

    public ClientInfo? ClientInfo { get; init; }

    public string? RootUri { get; init; }

    public string? RootPath { get; init; }

    public IReadOnlyList<WorkspaceFolder>? WorkspaceFolders { get; init; }

    public ClientCapabilities Capabilities { get; init; } = new();

    /// <summary>off, messages or verbose.</summary>
    public string? Trace { get; init; }

    public JsonElement? InitializationOptions { get; init; }
}

public sealed record ClientInfo(string Name, string? Version = null);

/// <summary>Only the capabilities this server reads; everything else the client sends is ignored.</summary>
public sealed record ClientCapabilities
{
    public GeneralClientCapabilities? General { get; init; }

    public TextDocumentClientCapabilities? TextDocument { get; init; }

    public WindowClientCapabilities? Window { get; init; }

    public WorkspaceClientCapabilities? Workspace { get; init; }
}

public sealed record GeneralClientCapabilities(IReadOnlyList<string>? PositionEncodings = null);

public sealed record TextDocumentClientCapabilities
{
    /// <summary>Present when the client can pull diagnostics.</summary>
    public JsonElement? Diagnostic { get; init; }

    public CompletionClientCapabilities? Completion { get; init; }
}

public sealed record CompletionClientCapabilities(CompletionItemClientCapabilities? CompletionItem = null);

public sealed record CompletionItemClientCapabilities(bool? SnippetSupport = null);

public sealed record WindowClientCapabilities(bool? WorkDoneProgress = null);

public sealed partial record WorkspaceClientCapabilities(DynamicRegistrationCapability? DidChangeWatchedFiles = null);

public sealed record DynamicRegistrationCapability(bool? DynamicRegistration = null);

public sealed record InitializeResult(ServerCapabilities Capabilities, ServerInfo ServerInfo);

public sealed record ServerInfo(string Name, string? Version);

public sealed partial record ServerCapabilities
{
    public required string PositionEncoding { get; init; }

    public required TextDocumentSyncOptions TextDocumentSync { get; init; }

    public bool HoverProvider { get; init; }

    public bool DocumentSymbolProvider { get; init; }

    public bool WorkspaceSymbolProvider { get; init; }

    public CompletionOptions? CompletionProvider { get; init; }

    public DiagnosticOptions? DiagnosticProvider { get; init; }
}

public sealed record TextDocumentSyncOptions(bool OpenClose, TextDocumentSyncKind Change);

public enum TextDocumentSyncKind
{
    None = 0,
    Full = 1,
    Incremental = 2,
}

public sealed record CompletionOptions(IReadOnlyList<string> TriggerCharacters, bool ResolveProvider);

public sealed record DiagnosticOptions(string Identifier, bool InterFileDependencies, bool WorkspaceDiagnostics);

public sealed record SetTraceParams(string Value);

public static class TraceValue
{
    public const string Off = "off";
    public const string Messages = "messages";
    public const string Verbose = "verbose";
}

public sealed record LogMessageParams(MessageType Type, string Message);

public sealed record LogTraceParams(string Message, string? Verbose = null);

public enum MessageType
{
    Error = 1,
    Warning = 2,
    Info = 3,
    Log = 4,
    Debug = 5,
}
