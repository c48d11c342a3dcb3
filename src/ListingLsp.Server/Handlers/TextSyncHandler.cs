using ListingLsp.Server.Documents;
using ListingLsp.Server.Protocol;
using ListingLsp.Syntax.Text;

namespace ListingLsp.Server.Handlers;

/// <summary>didOpen / didChange / didClose: synchronous, in arrival order (see <see cref="DocumentStore"/>).</summary>
internal sealed class TextSyncHandler(DocumentStore documents)
{
    /// <summary>Opens the document; <paramref name="stagedText"/> is its text when the frame was large (see <see cref="StagedTexts"/>).</summary>
    public void DidOpen(DidOpenTextDocumentParams parameters, Rope? stagedText = null) => documents.Open(parameters.TextDocument, stagedText);

    public void DidChange(DidChangeTextDocumentParams parameters) => documents.Change(parameters);

    public void DidClose(DidCloseTextDocumentParams parameters) => documents.Close(parameters.TextDocument.Uri);
}
