using ListingLsp.Syntax;
using ListingLsp.Syntax.Text;

namespace ListingLsp.Analysis;

/// <summary>
/// The items one edit replaced: walks both trees from the edit outwards until the item sequences
/// meet again on a shared (reference-equal) item at the matching position. Costs the reparsed
/// items, not the file, because the incremental parser reuses untouched items by reference.
/// </summary>
internal static class ItemDiff
{
    public static (List<(GreenNode Item, int Position)> Removed, List<(GreenNode Item, int Position)> Added) Between(SyntaxTree before, SyntaxTree after, TextChange change)
    {
        var removed = new List<(GreenNode, int)>();
        var added = new List<(GreenNode, int)>();
        var delta = change.NewText.Length - change.Span.Length;
        var start = before.FindItem(change.Span.Start)?.Position ?? 0;
        // The parser may reparse an item or two above the edit: step back until both trees agree.
        while (start > 0)
        {
            var o = before.FindItem(start - 1);
            var n = after.FindItem(start - 1);
            if (o is null || n is null)
            {
                start = 0;
                break;
            }
            if (o.Position == n.Position && ReferenceEquals(o.Green, n.Green))
            {
                break;
            }
            start = Math.Min(o.Position, n.Position);
        }

        int Map(int offset) => offset < change.Span.Start ? offset
            : offset < change.Span.End ? change.Span.Start + change.NewText.Length
            : offset + delta;

        using var olds = ItemsFrom(before, start).GetEnumerator();
        using var news = ItemsFrom(after, start).GetEnumerator();
        var hasOld = olds.MoveNext();
        var hasNew = news.MoveNext();
        while (hasOld || hasNew)
        {
            if (hasOld && hasNew && olds.Current.Position >= change.Span.End &&
                news.Current.Position == olds.Current.Position + delta && ReferenceEquals(olds.Current.Green, news.Current.Green))
            {
                break;
            }
            if (hasOld && (!hasNew || Map(olds.Current.Span.End) <= news.Current.Span.End))
            {
                removed.Add((olds.Current.Green, olds.Current.Position));
                hasOld = olds.MoveNext();
            }
            else
            {
                added.Add((news.Current.Green, news.Current.Position));
                hasNew = news.MoveNext();
            }
        }
        return (removed, added);
    }

    /// <summary>
    /// The items at or after <paramref name="start"/>, an item boundary. <see cref="SyntaxTree.ItemsFrom"/> begins with the
    /// item holding the offset, the last item when it is the end of the text (an edit deleted the items up to the end):
    /// that item lies before the walk and is in both trees, so walking it would report a held item as added.
    /// </summary>
    private static IEnumerable<SyntaxNode> ItemsFrom(SyntaxTree tree, int start) => tree.ItemsFrom(start).SkipWhile(item => item.Position < start);
}
