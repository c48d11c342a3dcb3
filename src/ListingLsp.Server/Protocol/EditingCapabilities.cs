namespace ListingLsp.Server.Protocol;

/// <summary>The editing features' server capabilities (issue 6); set by <see cref="EditingFeatures"/>.</summary>
public sealed partial record ServerCapabilities
{
    public CodeActionOptions? CodeActionProvider { get; init; }

    public bool? DocumentFormattingProvider { get; init; }

    public bool? DocumentRangeFormattingProvider { get; init; }

    public bool? ReferencesProvider { get; init; }

    public bool? DocumentHighlightProvider { get; init; }

    public RenameOptions? RenameProvider { get; init; }

    public bool? FoldingRangeProvider { get; init; }

    public bool? SelectionRangeProvider { get; init; }

    public SemanticTokensOptions? SemanticTokensProvider { get; init; }

    public DocumentLinkOptions? DocumentLinkProvider { get; init; }

    public bool? InlayHintProvider { get; init; }
}

/// <summary>The client capabilities the settings read: pulling configuration, change registration, refresh requests.</summary>
public sealed partial record WorkspaceClientCapabilities
{
    public bool? Configuration { get; init; }

    public DynamicRegistrationCapability? DidChangeConfiguration { get; init; }

    public RefreshCapability? InlayHint { get; init; }

    public RefreshCapability? SemanticTokens { get; init; }

    public RefreshCapability? Diagnostics { get; init; }
}

public sealed record RefreshCapability(bool? RefreshSupport = null);
