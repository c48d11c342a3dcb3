using System.Text.Json;

namespace ListingLsp.Server.Protocol;

/// <summary>The client's indentation options do not apply to listings and are not read.</summary>
public sealed record DocumentFormattingParams(TextDocumentIdentifier TextDocument, JsonElement? Options = null) : ITextDocumentParams;

public sealed record DocumentRangeFormattingParams(TextDocumentIdentifier TextDocument, Range Range, JsonElement? Options = null) : ITextDocumentParams;
