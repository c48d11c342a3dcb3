namespace ListingLsp.Server.Protocol;

public sealed record FoldingRangeParams(TextDocumentIdentifier TextDocument) : ITextDocumentParams;

/// <summary>Whole lines only (no characters): the first line stays visible when folded.</summary>
public sealed record FoldingRange(int StartLine, int EndLine, string? Kind = null);

public static class FoldingRangeKind
{
    public const string Comment = "comment";
    public const string Region = "region";
}

public sealed record SelectionRangeParams(TextDocumentIdentifier TextDocument, IReadOnlyList<Position> Positions) : ITextDocumentParams;

public sealed record SelectionRange(Range Range, SelectionRange? Parent = null);
