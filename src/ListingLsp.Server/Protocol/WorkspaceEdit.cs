using System.Text.Json.Serialization;

namespace ListingLsp.Server.Protocol;

/// <summary>Edits to one or more documents, each tied to the version the edits were computed on.</summary>
public sealed record WorkspaceEdit(IReadOnlyList<TextDocumentEdit> DocumentChanges);

public sealed record TextDocumentEdit(OptionalVersionedTextDocumentIdentifier TextDocument, IReadOnlyList<TextEdit> Edits);

/// <summary>The version of an open document, or null for a file on disk (written out: the client checks it when present).</summary>
public sealed record OptionalVersionedTextDocumentIdentifier(
    string Uri,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.Never)] int? Version);
