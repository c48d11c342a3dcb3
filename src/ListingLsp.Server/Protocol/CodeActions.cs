using System.Text.Json;

namespace ListingLsp.Server.Protocol;

public sealed record CodeActionParams(TextDocumentIdentifier TextDocument, Range Range, CodeActionContext Context) : ITextDocumentParams;

/// <summary>The client's diagnostics are not read (the server recomputes them); <see cref="Only"/> filters by kind.</summary>
public sealed record CodeActionContext(IReadOnlyList<JsonElement>? Diagnostics = null, IReadOnlyList<string>? Only = null, int? TriggerKind = null);

public sealed record CodeAction
{
    public required string Title { get; init; }

    public required string Kind { get; init; }

    public IReadOnlyList<Diagnostic>? Diagnostics { get; init; }

    public bool? IsPreferred { get; init; }

    public WorkspaceEdit? Edit { get; init; }
}

public sealed record CodeActionOptions(IReadOnlyList<string> CodeActionKinds, bool ResolveProvider = false);

public static class CodeActionKind
{
    public const string QuickFix = "quickfix";
    public const string Source = "source";
    public const string SourceFixAll = "source.fixAll";
}
