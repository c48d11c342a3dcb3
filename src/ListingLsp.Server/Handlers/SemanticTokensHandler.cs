using System.Collections.Concurrent;
using ListingLsp.Analysis.Editing;
using ListingLsp.Server.Documents;
using ListingLsp.Server.Protocol;
using ListingLsp.Syntax.Text;

namespace ListingLsp.Server.Handlers;

/// <summary>
/// textDocument/semanticTokens/full, /full/delta and /range (legend: <see cref="SemanticTokenLegend"/>).
/// The last full result of each open document is kept so that a delta request sends only what changed
/// (typing in one entry changes a few ints, not the whole file's data).
/// </summary>
internal sealed class SemanticTokensHandler
    : IDocumentRequestHandler<SemanticTokensParams, SemanticTokens?>,
      IDocumentRequestHandler<SemanticTokensDeltaParams, SemanticTokensDeltaResult?>,
      IDocumentRequestHandler<SemanticTokensRangeParams, SemanticTokens?>
{
    private readonly ConcurrentDictionary<string, (string ResultId, int[] Data)> lastResults = new(StringComparer.Ordinal);
    private readonly DocumentStore documents;
    private long nextResultId;

    public SemanticTokensHandler(DocumentStore documents)
    {
        this.documents = documents;
        documents.Closed += (key, _) => Forget(key);
    }

    public static SemanticTokensOptions Options { get; } =
        new(new SemanticTokensLegend(SemanticTokenLegend.TokenTypes, SemanticTokenLegend.Modifiers), Range: true, new SemanticTokensFullOptions(Delta: true));

    public SemanticTokens? Handle(DocumentSnapshot document, SemanticTokensParams request, CancellationToken cancellationToken)
    {
        var (resultId, data) = Remember(document, Encode(document, range: null, cancellationToken));
        return new SemanticTokens(resultId, data);
    }

    public SemanticTokensDeltaResult? Handle(DocumentSnapshot document, SemanticTokensDeltaParams request, CancellationToken cancellationToken)
    {
        var previous = lastResults.GetValueOrDefault(DocumentUri.Normalize(document.Uri));
        var (resultId, data) = Remember(document, Encode(document, range: null, cancellationToken));
        if (previous.ResultId != request.PreviousResultId || previous.Data is null)
        {
            return new SemanticTokensDeltaResult(resultId, Data: data);
        }
        var edits = SemanticTokenEncoding.Diff(previous.Data, data).Select(e => new SemanticTokensEdit(e.Start, e.DeleteCount, e.Data));
        return new SemanticTokensDeltaResult(resultId, Edits: [.. edits]);
    }

    public SemanticTokens? Handle(DocumentSnapshot document, SemanticTokensRangeParams request, CancellationToken cancellationToken)
    {
        var range = documents.Positions.ToSpan(document.Document.Text, request.Range);
        return new SemanticTokens(null, Encode(document, range, cancellationToken));
    }

    private void Forget(string key) => lastResults.TryRemove(key, out var _);

    private int[] Encode(DocumentSnapshot document, TextSpan? range, CancellationToken cancellationToken)
    {
        var tokens = SemanticTokenClassifier.Classify(document.Document, range, cancellationToken);
        var positions = documents.Positions;
        return SemanticTokenEncoding.Encode(
            tokens,
            document.Document.Text,
            positions.Encoding == PositionEncodingKind.Utf16 ? null : (text, from, to) => positions.Measure(text.ToString(from, to - from)));
    }

    private (string ResultId, int[] Data) Remember(DocumentSnapshot document, int[] data)
    {
        var result = (Interlocked.Increment(ref nextResultId).ToString(System.Globalization.CultureInfo.InvariantCulture), data);
        lastResults[DocumentUri.Normalize(document.Uri)] = result;
        return result;
    }
}
