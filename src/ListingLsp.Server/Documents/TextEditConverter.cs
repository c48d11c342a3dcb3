using ListingLsp.Server.Protocol;
using ListingLsp.Syntax.Text;

namespace ListingLsp.Server.Documents;

/// <summary>Analysis text changes (UTF-16 offsets) as LSP edits in the negotiated position encoding.</summary>
internal static class TextEditConverter
{
    public static TextEdit[] ToTextEdits(this PositionConverter positions, Rope text, IEnumerable<TextChange> changes) =>
        [.. changes.Select(c => new TextEdit(positions.ToRange(text, c.Span), c.NewText))];

    /// <summary>A workspace edit of one open document, tied to the version the changes were computed on.</summary>
    public static WorkspaceEdit ToWorkspaceEdit(this PositionConverter positions, DocumentSnapshot snapshot, IEnumerable<TextChange> changes) =>
        new([new TextDocumentEdit(new OptionalVersionedTextDocumentIdentifier(snapshot.Uri, snapshot.Version), positions.ToTextEdits(snapshot.Document.Text, changes))]);
}
