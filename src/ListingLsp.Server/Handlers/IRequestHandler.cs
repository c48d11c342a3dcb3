using ListingLsp.Server.Documents;
using ListingLsp.Server.Protocol;

namespace ListingLsp.Server.Handlers;

/// <summary>A request that does not target one document (workspace/symbol). Runs on the thread pool.</summary>
internal interface IRequestHandler<TParams, TResult>
{
    TResult Handle(TParams request, CancellationToken cancellationToken);
}

/// <summary>
/// A request on one open document. The dispatcher hands it the snapshot that was current when the
/// request arrived and answers ContentModified if an edit replaced that snapshot meanwhile.
/// </summary>
internal interface IDocumentRequestHandler<TParams, TResult>
    where TParams : ITextDocumentParams
{
    TResult Handle(DocumentSnapshot document, TParams request, CancellationToken cancellationToken);

    /// <summary>The answer for a document that is not open (a race with didClose): nothing to show.</summary>
    TResult NotOpen(TParams request) => default!;
}
