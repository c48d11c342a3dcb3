using System.Collections.Concurrent;
using ListingLsp.Analysis;
using ListingLsp.Server.Protocol;
using ListingLsp.Syntax.Text;
using Microsoft.Extensions.Logging;

namespace ListingLsp.Server.Documents;

/// <summary>
/// The open documents. didOpen/didChange/didClose run synchronously in arrival order and swap in a
/// new immutable snapshot; readers take a snapshot and never see a half-applied edit.
/// </summary>
internal sealed class DocumentStore(AnalysisOptionsProvider analysisOptions, ILogger<DocumentStore> logger)
{
    /// <summary>Documents of this many chars or more get the large-document treatment (staged text, settling collections, background re-indexing).</summary>
    internal const int LargeText = 1 << 20;

    private readonly ConcurrentDictionary<string, DocumentSnapshot> documents = new(StringComparer.Ordinal);

    /// <summary>Raised (on the message thread) after a document was opened or changed; the argument is the normalized URI.</summary>
    public event Action<string>? Changed;

    /// <summary>Raised after a document was closed, with the snapshot it had.</summary>
    public event Action<string, DocumentSnapshot>? Closed;

    public PositionConverter Positions { get; set; } = PositionConverter.Utf16;

    public DocumentSnapshot? Find(string uri) => documents.GetValueOrDefault(DocumentUri.Normalize(uri));

    /// <summary>Open documents keyed by normalized URI.</summary>
    public IReadOnlyDictionary<string, DocumentSnapshot> All => documents;

    /// <summary>True when no edit has replaced this snapshot (results computed on it are still current).</summary>
    public bool IsCurrent(DocumentSnapshot snapshot) =>
        documents.TryGetValue(DocumentUri.Normalize(snapshot.Uri), out var current) && ReferenceEquals(current, snapshot);

    /// <summary>Opens a document; <paramref name="text"/>, when given, is its text (the item's is then empty).</summary>
    public void Open(TextDocumentItem item, Rope? text = null)
    {
        var key = DocumentUri.Normalize(item.Uri);
        var document = text is null ? ListingDocument.Create(item.Text, analysisOptions.Current) : ListingDocument.Create(text, analysisOptions.Current);
        documents[key] = new DocumentSnapshot(item.Uri, item.Version, document);
        if (text is not null)
        {
            // A staged text came in a large frame whose buffers lived through the whole read, so they are
            // gen2 garbage now, as large as the document, which no collection would reclaim before the next
            // gen2 budget is spent: collect them once, before the analysis adds its own garbage.
            GC.Collect(GC.MaxGeneration, GCCollectionMode.Aggressive, blocking: true, compacting: true);
        }
        Changed?.Invoke(key);
    }

    public void Change(DidChangeTextDocumentParams change)
    {
        var key = DocumentUri.Normalize(change.TextDocument.Uri);
        while (true)
        {
            if (!documents.TryGetValue(key, out var snapshot))
            {
                logger.LogWarning("didChange for {Uri}, which is not open; ignored", change.TextDocument.Uri);
                return;
            }
            var document = snapshot.Document;
            foreach (var content in change.ContentChanges)
            {
                document = content.Range is null
                    ? ListingDocument.Create(content.Text, document.Options)
                    : document.WithChange(new TextChange(Positions.ToSpan(document.Text, content.Range), content.Text));
            }
            // Only edits change the text, and they come one at a time; Reanalyse may have swapped in new
            // options meanwhile, and then the edit is applied again to its result.
            if (documents.TryUpdate(key, snapshot with { Version = change.TextDocument.Version, Document = document }, snapshot))
            {
                break;
            }
        }
        Changed?.Invoke(key);
    }

    /// <summary>
    /// Re-analyse every open document with new settings (same text and version). Settings arrive off the
    /// message thread, so a document that an edit replaced meanwhile is retried with the edit's result.
    /// </summary>
    public void Reanalyse(AnalysisOptions options)
    {
        foreach (var key in documents.Keys)
        {
            while (documents.TryGetValue(key, out var snapshot)
                && !documents.TryUpdate(key, snapshot with { Document = snapshot.Document.WithOptions(options) }, snapshot))
            {
            }
            Changed?.Invoke(key);
        }
    }

    public void Close(string uri)
    {
        var key = DocumentUri.Normalize(uri);
        if (documents.TryRemove(key, out var snapshot))
        {
            Closed?.Invoke(key, snapshot);
        }
    }
}
