namespace ListingLsp.Server.Protocol;

// The subset of LSP 3.17 this server speaks, as plain records. Property names follow the
// specification through the camelCase policy of LspJsonContext; optional members are nullable
// and left out of the JSON when null.

public sealed record Position(int Line, int Character);

public sealed record Range(Position Start, Position End);

public sealed record Location(string Uri, Range Range);

public sealed record TextDocumentIdentifier(string Uri);

public sealed record VersionedTextDocumentIdentifier(string Uri, int Version);

public sealed record TextDocumentItem(string Uri, string LanguageId, int Version, string Text);

/// <summary>Params of every request that targets one document.</summary>
public interface ITextDocumentParams
{
    TextDocumentIdentifier TextDocument { get; }
}

public interface ITextDocumentPositionParams : ITextDocumentParams
{
    Position Position { get; }
}

public sealed record MarkupContent(string Kind, string Value)
{
    public const string Markdown = "markdown";
    public const string PlainText = "plaintext";
}

public static class PositionEncodingKind
{
    public const string Utf8 = "utf-8";
    public const string Utf16 = "utf-16";
    public const string Utf32 = "utf-32";
}

public sealed record WorkspaceFolder(string Uri, string Name);

/// <summary>A <c>$/progress</c> token is a string or a number; this server only creates strings.</summary>
public sealed record ProgressParams<T>(string Token, T Value);

/// <summary>begin / report / end in one shape (the kind says which members are meaningful).</summary>
public sealed record WorkDoneProgress
{
    public required string Kind { get; init; }

    public string? Title { get; init; }

    public string? Message { get; init; }

    public int? Percentage { get; init; }

    public bool? Cancellable { get; init; }
}

public sealed record WorkDoneProgressCreateParams(string Token);

public sealed record Registration(string Id, string Method, DidChangeWatchedFilesRegistrationOptions? RegisterOptions = null);

public sealed record RegistrationParams(IReadOnlyList<Registration> Registrations);
