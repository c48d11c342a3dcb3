namespace ListingLsp.Server.Protocol;

public sealed record HoverParams(TextDocumentIdentifier TextDocument, Position Position) : ITextDocumentPositionParams;

public sealed record Hover(MarkupContent Contents, Range? Range = null);

public sealed record DocumentSymbolParams(TextDocumentIdentifier TextDocument) : ITextDocumentParams;

/// <summary>The LSP symbol kinds this server uses.</summary>
public enum SymbolKind
{
    File = 1,
    Namespace = 3,
    String = 15,
    Object = 19,
}

public sealed record WorkspaceSymbolParams(string Query);

public sealed record WorkspaceSymbol(string Name, SymbolKind Kind, string? ContainerName, Location Location);

public sealed record CompletionParams(TextDocumentIdentifier TextDocument, Position Position) : ITextDocumentPositionParams;

public sealed record CompletionList(bool IsIncomplete, IReadOnlyList<CompletionItem> Items);

public sealed record CompletionItem
{
    public required string Label { get; init; }

    public CompletionItemKind? Kind { get; init; }

    public string? Detail { get; init; }

    public MarkupContent? Documentation { get; init; }

    public string? SortText { get; init; }

    public string? FilterText { get; init; }

    public InsertTextFormat? InsertTextFormat { get; init; }

    public TextEdit? TextEdit { get; init; }
}

public sealed record TextEdit(Range Range, string NewText);

public enum CompletionItemKind
{
    Text = 1,
    Module = 9,
    Value = 12,
    Keyword = 14,
    Snippet = 15,
    EnumMember = 20,
    Constant = 21,
}

public enum InsertTextFormat
{
    PlainText = 1,
    Snippet = 2,
}
