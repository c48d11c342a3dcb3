using ListingLsp.Syntax.Text;

namespace ListingLsp.Syntax.Parsing;

/// <summary>
/// Reparses the items an edit touches and splices them into the old item tree (see
/// docs/architecture.md, "Incremental reparse"). Items outside the reparsed run are reused by reference.
/// </summary>
internal static class IncrementalReparser
{
    public static (ItemBlock Items, ReparseInfo Info) Reparse(SyntaxTree tree, Rope newText, TextSpan span, int insertedLength)
    {
        var bom = tree.ItemsStart;
        var block = tree.ItemsBlock;
        var editStart = span.Start - bom;
        var delta = insertedLength - span.Length;
        var first = 0;
        var start = 0;
        if (ItemTree.TryLocate(block, editStart, out _, out first, out start) && first > 0)
        {
            // The item before may take the edited line in: an entry still missing its abstract, or a
            // line ending in a lone CR that the edit may turn into CRLF.
            ItemTree.TryLocate(block, start - 1, out var previous, out _, out var previousStart);
            if ((previous.Kind == SyntaxKind.Entry && previous.FirstSlot(SyntaxKind.Abstract) is null)
                || (editStart == start && tree.Text[bom + start - 1] == '\r'))
            {
                first--;
                start = previousStart;
            }
        }

        var old = new OldBoundaries(block, first, start);
        var items = new List<GreenNode>();
        var end = ListingParser.ParseRun(newText, bom + start, bom + editStart + insertedLength,
            newEnd => old.IsBoundary(newEnd - bom - delta), items) - bom;
        var removed = old.ItemsBefore(end - delta) - first;
        var info = new ReparseInfo(TextSpan.FromBounds(bom + start, bom + end), items.Count, removed);
        return (ItemTree.Splice(block, first, removed, items), info);
    }

    /// <summary>Walks the old items forward from the first reparsed one, answering "does an old item start here?".</summary>
    private sealed class OldBoundaries(ItemBlock block, int firstIndex, int firstStart)
    {
        private readonly IEnumerator<GreenNode> _items = EnumerateFrom(block, firstIndex).GetEnumerator();
        private int _index = firstIndex;
        private int _boundary = firstStart;

        public bool IsBoundary(int oldOffset)
        {
            while (_boundary < oldOffset && _items.MoveNext())
            {
                _boundary += _items.Current.Width;
                _index++;
            }
            return _boundary == oldOffset;
        }

        /// <summary>Number of old items that end at or before <paramref name="oldOffset"/>, an old boundary.</summary>
        public int ItemsBefore(int oldOffset)
        {
            IsBoundary(oldOffset);
            return _index;
        }

        private static IEnumerable<GreenNode> EnumerateFrom(ItemBlock block, int index)
        {
            if (block.Height == 0)
            {
                for (var i = index; i < block.SlotCount; i++)
                {
                    yield return block.GetSlot(i);
                }
                yield break;
            }
            for (var i = 0; i < block.SlotCount; i++)
            {
                var child = (ItemBlock)block.GetSlot(i);
                if (index < child.ItemCount)
                {
                    foreach (var item in EnumerateFrom(child, Math.Max(0, index)))
                    {
                        yield return item;
                    }
                }
                index -= child.ItemCount;
            }
        }
    }
}
