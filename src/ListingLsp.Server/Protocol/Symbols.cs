namespace ListingLsp.Server.Protocol;

public sealed record ReferenceParams(TextDocumentIdentifier TextDocument, Position Position, ReferenceContext? Context = null) : ITextDocumentPositionParams;

public sealed record ReferenceContext(bool IncludeDeclaration = false);

public sealed record DocumentHighlightParams(TextDocumentIdentifier TextDocument, Position Position) : ITextDocumentPositionParams;

/// <summary>Kind 1 is Text: authors and orgs are neither read nor written like variables.</summary>
public sealed record DocumentHighlight(Range Range, int Kind = 1);

public sealed record PrepareRenameParams(TextDocumentIdentifier TextDocument, Position Position) : ITextDocumentPositionParams;

public sealed record PrepareRenameResult(Range Range, string Placeholder);

public sealed record RenameParams(TextDocumentIdentifier TextDocument, Position Position, string NewName) : ITextDocumentPositionParams;

public sealed record RenameOptions(bool PrepareProvider);
