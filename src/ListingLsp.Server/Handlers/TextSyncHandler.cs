using ListingLsp.Server.Documents;
using ListingLsp.Server.Protocol;

namespace ListingLsp.Server.Handlers;

/// <summary>didOpen / didChange / didClose: synchronous, in arrival order (see <see cref="DocumentStore"/>).</summary>
internal sealed class TextSyncHandler(DocumentStore documents)
{
    public void DidOpen(DidOpenTextDocumentParams parameters) => documents.Open(parameters.TextDocument);

    public void DidChange(DidChangeTextDocumentParams parameters) => documents.Change(parameters);

    public void DidClose(DidCloseTextDocumentParams parameters) => documents.Close(parameters.TextDocument.Uri);
}
