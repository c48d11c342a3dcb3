using ListingLsp.Server.Handlers;
using ListingLsp.Server.Protocol;
using ListingLsp.Server.Rpc;
using ListingLsp.Server.Settings;
using ListingLsp.Server.Workspace;
using Microsoft.Extensions.DependencyInjection;

namespace ListingLsp.Server;

/// <summary>The editing features (issue 6) in one place: their services and handlers, and the capabilities they announce.</summary>
internal static class EditingFeatures
{
    public static IServiceCollection AddEditingFeatures(this IServiceCollection services)
    {
        services.AddSingleton<SettingsService>();
        services.AddSingleton<SymbolScope>();
        services.AddSingleton<EditingEndpoints>();
        services.AddSingleton<IDocumentRequestHandler<CodeActionParams, CodeAction[]?>, CodeActionHandler>();
        services.AddSingleton<FormattingHandler>();
        services.AddSingleton<IDocumentRequestHandler<DocumentFormattingParams, TextEdit[]?>>(p => p.GetRequiredService<FormattingHandler>());
        services.AddSingleton<IDocumentRequestHandler<DocumentRangeFormattingParams, TextEdit[]?>>(p => p.GetRequiredService<FormattingHandler>());
        services.AddSingleton<IDocumentRequestHandler<ReferenceParams, Location[]?>, ReferencesHandler>();
        services.AddSingleton<IDocumentRequestHandler<DocumentHighlightParams, DocumentHighlight[]?>, DocumentHighlightHandler>();
        services.AddSingleton<RenameHandler>();
        services.AddSingleton<IDocumentRequestHandler<PrepareRenameParams, PrepareRenameResult?>>(p => p.GetRequiredService<RenameHandler>());
        services.AddSingleton<IDocumentRequestHandler<RenameParams, WorkspaceEdit?>>(p => p.GetRequiredService<RenameHandler>());
        services.AddSingleton<IDocumentRequestHandler<FoldingRangeParams, FoldingRange[]?>, FoldingRangeHandler>();
        services.AddSingleton<IDocumentRequestHandler<SelectionRangeParams, SelectionRange[]?>, SelectionRangeHandler>();
        services.AddSingleton<SemanticTokensHandler>();
        services.AddSingleton<IDocumentRequestHandler<SemanticTokensParams, SemanticTokens?>>(p => p.GetRequiredService<SemanticTokensHandler>());
        services.AddSingleton<IDocumentRequestHandler<SemanticTokensDeltaParams, SemanticTokensDeltaResult?>>(p => p.GetRequiredService<SemanticTokensHandler>());
        services.AddSingleton<IDocumentRequestHandler<SemanticTokensRangeParams, SemanticTokens?>>(p => p.GetRequiredService<SemanticTokensHandler>());
        services.AddSingleton<IDocumentRequestHandler<DocumentLinkParams, DocumentLink[]?>, DocumentLinkHandler>();
        services.AddSingleton<IDocumentRequestHandler<InlayHintParams, InlayHint[]?>, InlayHintHandler>();
        return services;
    }

    public static ServerCapabilities WithEditingFeatures(this ServerCapabilities capabilities) => capabilities with
    {
        CodeActionProvider = new CodeActionOptions(CodeActionHandler.Kinds),
        DocumentFormattingProvider = true,
        DocumentRangeFormattingProvider = true,
        ReferencesProvider = true,
        DocumentHighlightProvider = true,
        RenameProvider = new RenameOptions(PrepareProvider: true),
        FoldingRangeProvider = true,
        SelectionRangeProvider = true,
        SemanticTokensProvider = SemanticTokensHandler.Options,
        DocumentLinkProvider = new DocumentLinkOptions(ResolveProvider: false),
        InlayHintProvider = true,
    };
}
