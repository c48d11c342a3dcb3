using System.Text.Json;
using ListingLsp.Server.Documents;
using ListingLsp.Server.Handlers;
using ListingLsp.Server.Protocol;
using PolyType;
using StreamJsonRpc;

namespace ListingLsp.Server.Rpc;

/// <summary>
/// The routing table: one method per LSP message, each a one-line hand-off to the dispatcher and the
/// handler registered for it. Params arrive as a <see cref="JsonElement"/> and are bound by the
/// dispatcher with the source-generated contract, so a malformed request is a clean InvalidParams.
/// The shape is source-generated (PolyType) so that StreamJsonRpc needs no reflection (NativeAOT).
/// </summary>
[GenerateShape(IncludeMethods = MethodShapeFlags.PublicInstance)]
internal sealed partial class LspEndpoints(RequestDispatcher dispatcher, LifecycleHandler lifecycle, TextSyncHandler textSync, WatchedFilesHandler watchedFiles, StagedTexts stagedTexts)
{
    private static LspJsonContext Json => LspJsonContext.Default;

    [JsonRpcMethod("initialize", UseSingleObjectParameterDeserialization = true)]
    public InitializeResult Initialize(JsonElement @params) =>
        lifecycle.Initialize(dispatcher.Bind("initialize", @params, Json.InitializeParams));

    [JsonRpcMethod("initialized", UseSingleObjectParameterDeserialization = true)]
    public void Initialized(JsonElement @params) => lifecycle.Initialized();

    [JsonRpcMethod("shutdown")]
    public void Shutdown() => lifecycle.Shutdown();

    [JsonRpcMethod("exit")]
    public void Exit() => lifecycle.Exit();

    [JsonRpcMethod("$/setTrace", UseSingleObjectParameterDeserialization = true)]
    public void SetTrace(JsonElement @params) =>
        dispatcher.Notify("$/setTrace", @params, Json.SetTraceParams, lifecycle.SetTrace);

    // Bound by StreamJsonRpc straight from the message: a JsonElement parameter would be a clone of the
    // whole frame. A large document's text arrives staged, already a rope (LspMessageFormatter); it is
    // claimed before the dispatcher may drop the notification, so a dropped one leaves nothing behind.
    // A malformed didOpen is dropped with a warning from the JSON-RPC trace.
    [JsonRpcMethod("textDocument/didOpen", UseSingleObjectParameterDeserialization = true)]
    public void DidOpen(DidOpenTextDocumentParams @params)
    {
        var staged = stagedTexts.Take(@params.TextDocument);
        dispatcher.Notify("textDocument/didOpen", @params, opened => textSync.DidOpen(opened, staged));
    }

    [JsonRpcMethod("textDocument/didChange", UseSingleObjectParameterDeserialization = true)]
    public void DidChange(JsonElement @params) =>
        dispatcher.Notify("textDocument/didChange", @params, Json.DidChangeTextDocumentParams, textSync.DidChange);

    [JsonRpcMethod("textDocument/didClose", UseSingleObjectParameterDeserialization = true)]
    public void DidClose(JsonElement @params) =>
        dispatcher.Notify("textDocument/didClose", @params, Json.DidCloseTextDocumentParams, textSync.DidClose);

    [JsonRpcMethod("workspace/didChangeWatchedFiles", UseSingleObjectParameterDeserialization = true)]
    public void DidChangeWatchedFiles(JsonElement @params) =>
        dispatcher.Notify("workspace/didChangeWatchedFiles", @params, Json.DidChangeWatchedFilesParams, watchedFiles.Handle);

    [JsonRpcMethod("textDocument/diagnostic", UseSingleObjectParameterDeserialization = true)]
    public Task<DocumentDiagnosticReport> DiagnosticAsync(JsonElement @params, CancellationToken cancellationToken) =>
        dispatcher.DocumentRequestAsync<DocumentDiagnosticParams, DocumentDiagnosticReport>(
            "textDocument/diagnostic", @params, Json.DocumentDiagnosticParams, cancellationToken);

    [JsonRpcMethod("textDocument/hover", UseSingleObjectParameterDeserialization = true)]
    public Task<Hover?> HoverAsync(JsonElement @params, CancellationToken cancellationToken) =>
        dispatcher.DocumentRequestAsync<HoverParams, Hover?>("textDocument/hover", @params, Json.HoverParams, cancellationToken);

    [JsonRpcMethod("textDocument/documentSymbol", UseSingleObjectParameterDeserialization = true)]
    public Task<OutlineJson?> DocumentSymbolAsync(JsonElement @params, CancellationToken cancellationToken) =>
        dispatcher.DocumentRequestAsync<DocumentSymbolParams, OutlineJson?>(
            "textDocument/documentSymbol", @params, Json.DocumentSymbolParams, cancellationToken);

    [JsonRpcMethod("textDocument/completion", UseSingleObjectParameterDeserialization = true)]
    public Task<CompletionList?> CompletionAsync(JsonElement @params, CancellationToken cancellationToken) =>
        dispatcher.DocumentRequestAsync<CompletionParams, CompletionList?>(
            "textDocument/completion", @params, Json.CompletionParams, cancellationToken);

    [JsonRpcMethod("workspace/symbol", UseSingleObjectParameterDeserialization = true)]
    public Task<WorkspaceSymbol[]> WorkspaceSymbolAsync(JsonElement @params, CancellationToken cancellationToken) =>
        dispatcher.RequestAsync<WorkspaceSymbolParams, WorkspaceSymbol[]>("workspace/symbol", @params, Json.WorkspaceSymbolParams, cancellationToken);
}
