using ListingLsp.Syntax;
using ListingLsp.Syntax.Text;

namespace ListingLsp.Analysis.Editing;

internal static class EntriesInRange
{
    /// <summary>The entries that overlap the range (all entries without one), reached in O(log n) from the range start.</summary>
    public static IEnumerable<EntryModel> Of(ListingDocument document, TextSpan? range)
    {
        if (range is not { } within)
        {
            return document.Entries;
        }
        return document.Syntax.ItemsFrom(within.Start)
            .TakeWhile(item => item.Position < within.End || item.Position == within.Start)
            .Where(item => item.Kind == SyntaxKind.Entry)
            .Select(item => document.EntryAt(item.Position))
            .OfType<EntryModel>();
    }
}
