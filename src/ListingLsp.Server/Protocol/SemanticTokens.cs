namespace ListingLsp.Server.Protocol;

public sealed record SemanticTokensParams(TextDocumentIdentifier TextDocument) : ITextDocumentParams;

public sealed record SemanticTokensDeltaParams(TextDocumentIdentifier TextDocument, string PreviousResultId) : ITextDocumentParams;

public sealed record SemanticTokensRangeParams(TextDocumentIdentifier TextDocument, Range Range) : ITextDocumentParams;

public sealed record SemanticTokens(string? ResultId, int[] Data);

/// <summary>
/// The answer to full/delta: the edits against the client's previous result, or (when that result is
/// no longer known) the whole data; the other member is left out.
/// </summary>
public sealed record SemanticTokensDeltaResult(string? ResultId, int[]? Data = null, IReadOnlyList<SemanticTokensEdit>? Edits = null);

public sealed record SemanticTokensEdit(int Start, int DeleteCount, int[] Data);

public sealed record SemanticTokensLegend(IReadOnlyList<string> TokenTypes, IReadOnlyList<string> TokenModifiers);

public sealed record SemanticTokensOptions(SemanticTokensLegend Legend, bool Range, SemanticTokensFullOptions Full);

public sealed record SemanticTokensFullOptions(bool Delta);
