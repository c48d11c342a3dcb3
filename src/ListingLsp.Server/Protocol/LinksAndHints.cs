namespace ListingLsp.Server.Protocol;

public sealed record DocumentLinkParams(TextDocumentIdentifier TextDocument) : ITextDocumentParams;

public sealed record DocumentLink(Range Range, string? Target = null, string? Tooltip = null);

public sealed record DocumentLinkOptions(bool ResolveProvider);

public sealed record InlayHintParams(TextDocumentIdentifier TextDocument, Range Range) : ITextDocumentParams;

/// <summary>A plain-text hint; kind 1 is Type (a category's name describes the code before it).</summary>
public sealed record InlayHint(Position Position, string Label, int? Kind = null, string? Tooltip = null, bool? PaddingLeft = null, bool? PaddingRight = null);
