using System.Collections.Immutable;
using ListingLsp.Syntax.Text;

namespace ListingLsp.Analysis;

/// <summary>Every safe quick fix of a document at once (what <c>listing fix</c> and source.fixAll apply).</summary>
public static class FixAll
{
    /// <summary>Non-overlapping edits in document order; applying them and re-running may expose further fixes.</summary>
    public static ImmutableArray<TextChange> SafeFixes(ListingDocument document)
    {
        var candidates = document.GetDiagnostics()
            .Select(d => d.Fixes.FirstOrDefault(f => f.IsSafe))
            .Where(f => f is not null)
            .Select(f => f!.Edits.OrderBy(e => e.Span.Start).ToImmutableArray());
        var chosen = new List<TextChange>();
        var (lastStart, lastEnd) = (-1, -1);
        foreach (var edits in candidates.OrderBy(e => e[0].Span.Start))
        {
            // A fix is applied whole or not at all; where two meet, the first wins.
            if (edits[0].Span.Start >= lastEnd && edits[0].Span.Start != lastStart)
            {
                chosen.AddRange(edits);
                (lastStart, lastEnd) = (edits[^1].Span.Start, edits.Max(e => e.Span.End));
            }
        }
        return [.. chosen];
    }

    /// <summary>Applies non-overlapping edits given in document order.</summary>
    public static string Apply(string text, IEnumerable<TextChange> edits)
    {
        var sb = new System.Text.StringBuilder(text.Length);
        var at = 0;
        foreach (var e in edits.OrderBy(e => e.Span.Start))
        {
            sb.Append(text, at, e.Span.Start - at).Append(e.NewText);
            at = e.Span.End;
        }
        return sb.Append(text, at, text.Length - at).ToString();
    }
}
