using System.Text.Json;
using ListingLsp.Server.Protocol;
using ListingLsp.Server.Settings;
using PolyType;
using StreamJsonRpc;

namespace ListingLsp.Server.Rpc;

/// <summary>
/// The routing table of the editing features (issue 6), a second RPC target beside
/// <see cref="LspEndpoints"/> with the same shape: one method per message, handed to the dispatcher.
/// </summary>
[GenerateShape(IncludeMethods = MethodShapeFlags.PublicInstance)]
internal sealed partial class EditingEndpoints(RequestDispatcher dispatcher, SettingsService settings)
{
    private static LspJsonContext Json => LspJsonContext.Default;

    [JsonRpcMethod("workspace/didChangeConfiguration", UseSingleObjectParameterDeserialization = true)]
    public void DidChangeConfiguration(JsonElement @params) =>
        dispatcher.Notify("workspace/didChangeConfiguration", @params, Json.DidChangeConfigurationParams, settings.OnDidChangeConfiguration);

    [JsonRpcMethod("textDocument/codeAction", UseSingleObjectParameterDeserialization = true)]
    public Task<CodeAction[]?> CodeActionAsync(JsonElement @params, CancellationToken cancellationToken) =>
        dispatcher.DocumentRequestAsync<CodeActionParams, CodeAction[]?>("textDocument/codeAction", @params, Json.CodeActionParams, cancellationToken);

    [JsonRpcMethod("textDocument/formatting", UseSingleObjectParameterDeserialization = true)]
    public Task<TextEdit[]?> FormattingAsync(JsonElement @params, CancellationToken cancellationToken) =>
        dispatcher.DocumentRequestAsync<DocumentFormattingParams, TextEdit[]?>("textDocument/formatting", @params, Json.DocumentFormattingParams, cancellationToken);

    [JsonRpcMethod("textDocument/rangeFormatting", UseSingleObjectParameterDeserialization = true)]
    public Task<TextEdit[]?> RangeFormattingAsync(JsonElement @params, CancellationToken cancellationToken) =>
        dispatcher.DocumentRequestAsync<DocumentRangeFormattingParams, TextEdit[]?>(
            "textDocument/rangeFormatting", @params, Json.DocumentRangeFormattingParams, cancellationToken);

    [JsonRpcMethod("textDocument/references", UseSingleObjectParameterDeserialization = true)]
    public Task<Location[]?> ReferencesAsync(JsonElement @params, CancellationToken cancellationToken) =>
        dispatcher.DocumentRequestAsync<ReferenceParams, Location[]?>("textDocument/references", @params, Json.ReferenceParams, cancellationToken);

    [JsonRpcMethod("textDocument/documentHighlight", UseSingleObjectParameterDeserialization = true)]
    public Task<DocumentHighlight[]?> DocumentHighlightAsync(JsonElement @params, CancellationToken cancellationToken) =>
        dispatcher.DocumentRequestAsync<DocumentHighlightParams, DocumentHighlight[]?>(
            "textDocument/documentHighlight", @params, Json.DocumentHighlightParams, cancellationToken);

    [JsonRpcMethod("textDocument/prepareRename", UseSingleObjectParameterDeserialization = true)]
    public Task<PrepareRenameResult?> PrepareRenameAsync(JsonElement @params, CancellationToken cancellationToken) =>
        dispatcher.DocumentRequestAsync<PrepareRenameParams, PrepareRenameResult?>("textDocument/prepareRename", @params, Json.PrepareRenameParams, cancellationToken);

    [JsonRpcMethod("textDocument/rename", UseSingleObjectParameterDeserialization = true)]
    public Task<WorkspaceEdit?> RenameAsync(JsonElement @params, CancellationToken cancellationToken) =>
        dispatcher.DocumentRequestAsync<RenameParams, WorkspaceEdit?>("textDocument/rename", @params, Json.RenameParams, cancellationToken);

    [JsonRpcMethod("textDocument/foldingRange", UseSingleObjectParameterDeserialization = true)]
    public Task<FoldingRange[]?> FoldingRangeAsync(JsonElement @params, CancellationToken cancellationToken) =>
        dispatcher.DocumentRequestAsync<FoldingRangeParams, FoldingRange[]?>("textDocument/foldingRange", @params, Json.FoldingRangeParams, cancellationToken);

    [JsonRpcMethod("textDocument/selectionRange", UseSingleObjectParameterDeserialization = true)]
    public Task<SelectionRange[]?> SelectionRangeAsync(JsonElement @params, CancellationToken cancellationToken) =>
        dispatcher.DocumentRequestAsync<SelectionRangeParams, SelectionRange[]?>("textDocument/selectionRange", @params, Json.SelectionRangeParams, cancellationToken);

    [JsonRpcMethod("textDocument/semanticTokens/full", UseSingleObjectParameterDeserialization = true)]
    public Task<SemanticTokens?> SemanticTokensFullAsync(JsonElement @params, CancellationToken cancellationToken) =>
        dispatcher.DocumentRequestAsync<SemanticTokensParams, SemanticTokens?>("textDocument/semanticTokens/full", @params, Json.SemanticTokensParams, cancellationToken);

    [JsonRpcMethod("textDocument/semanticTokens/full/delta", UseSingleObjectParameterDeserialization = true)]
    public Task<SemanticTokensDeltaResult?> SemanticTokensDeltaAsync(JsonElement @params, CancellationToken cancellationToken) =>
        dispatcher.DocumentRequestAsync<SemanticTokensDeltaParams, SemanticTokensDeltaResult?>(
            "textDocument/semanticTokens/full/delta", @params, Json.SemanticTokensDeltaParams, cancellationToken);

    [JsonRpcMethod("textDocument/semanticTokens/range", UseSingleObjectParameterDeserialization = true)]
    public Task<SemanticTokens?> SemanticTokensRangeAsync(JsonElement @params, CancellationToken cancellationToken) =>
        dispatcher.DocumentRequestAsync<SemanticTokensRangeParams, SemanticTokens?>(
            "textDocument/semanticTokens/range", @params, Json.SemanticTokensRangeParams, cancellationToken);

    [JsonRpcMethod("textDocument/documentLink", UseSingleObjectParameterDeserialization = true)]
    public Task<DocumentLink[]?> DocumentLinkAsync(JsonElement @params, CancellationToken cancellationToken) =>
        dispatcher.DocumentRequestAsync<DocumentLinkParams, DocumentLink[]?>("textDocument/documentLink", @params, Json.DocumentLinkParams, cancellationToken);

    [JsonRpcMethod("textDocument/inlayHint", UseSingleObjectParameterDeserialization = true)]
    public Task<InlayHint[]?> InlayHintAsync(JsonElement @params, CancellationToken cancellationToken) =>
        dispatcher.DocumentRequestAsync<InlayHintParams, InlayHint[]?>("textDocument/inlayHint", @params, Json.InlayHintParams, cancellationToken);
}
