using ListingLsp.Analysis.Editing;
using ListingLsp.Server.Documents;
using ListingLsp.Server.Protocol;
using ListingLsp.Server.Rpc;
using ListingLsp.Server.Workspace;

namespace ListingLsp.Server.Handlers;

/// <summary>
/// textDocument/prepareRename and textDocument/rename for authors and org tags, across every listing
/// of the workspace, as one versioned workspace edit. A name that would make any renamed entry read
/// differently is refused as a whole, with the reason (the editor shows it).
/// </summary>
internal sealed class RenameHandler(DocumentStore documents, SymbolScope scope)
    : IDocumentRequestHandler<PrepareRenameParams, PrepareRenameResult?>, IDocumentRequestHandler<RenameParams, WorkspaceEdit?>
{
    /// <summary>LSP RequestFailed: the request was well formed but cannot be carried out.</summary>
    private const int RequestFailed = -32803;

    public PrepareRenameResult? Handle(DocumentSnapshot document, PrepareRenameParams request, CancellationToken cancellationToken)
    {
        var symbol = SymbolAt(document, request.Position);
        return new PrepareRenameResult(documents.Positions.ToRange(document.Document.Text, symbol.Span), symbol.Text);
    }

    public WorkspaceEdit? Handle(DocumentSnapshot document, RenameParams request, CancellationToken cancellationToken)
    {
        var symbol = SymbolAt(document, request.Position);
        var edits = new List<TextDocumentEdit>();
        foreach (var scoped in scope.Documents(document, symbol, cancellationToken))
        {
            var result = SymbolRename.Rename(scoped.Document, symbol.Kind, symbol.Key, request.NewName, cancellationToken);
            if (result.Error is { } error)
            {
                var where = scoped.Uri == document.Uri ? "" : $" (in {Path.GetFileName(DocumentUri.ToPath(scoped.Uri) ?? scoped.Uri)})";
                throw LspErrors.Create(RequestFailed, $"Cannot rename: {error}{where}");
            }
            if (!result.Changes.IsEmpty)
            {
                edits.Add(new TextDocumentEdit(
                    new OptionalVersionedTextDocumentIdentifier(scoped.Uri, scoped.Version),
                    documents.Positions.ToTextEdits(scoped.Document.Text, result.Changes)));
            }
        }
        return new WorkspaceEdit(edits);
    }

    private ListingSymbol SymbolAt(DocumentSnapshot document, Position position) =>
        ListingSymbols.At(document.Document, documents.Positions.ToOffset(document.Document.Text, position))
        ?? throw LspErrors.Create(RequestFailed, "Only an author or an org tag can be renamed");
}
