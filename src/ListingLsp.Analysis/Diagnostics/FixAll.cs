using System.Collections.Immutable;
using ListingLsp.Syntax.Text;

namespace ListingLsp.Analysis;

/// <summary>Every safe quick fix of a document at once (what <c>listing fix</c> and source.fixAll apply).</summary>
public static class FixAll
{
    /// <summary>Non-overlapping edits in document order; applying them and re-running may expose further fixes.</summary>
    public static ImmutableArray<TextChange> SafeFixes(ListingDocument document) => throw new NotImplementedException();
}
