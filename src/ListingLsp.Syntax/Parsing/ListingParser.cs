using ListingLsp.Syntax.Text;

namespace ListingLsp.Syntax.Parsing;

/// <summary>Runs the <see cref="ItemParser"/> over a rope's lines: a whole file, or a run of items for a reparse.</summary>
internal static class ListingParser
{
    private const char ByteOrderMark = '\uFEFF';

    public static int ByteOrderMarkWidth(Rope text) => text.Length > 0 && text[0] == ByteOrderMark ? 1 : 0;

    public static GreenNode ParseFile(Rope text)
    {
        var bom = ByteOrderMarkWidth(text);
        var tree = new ItemTreeBuilder();
        var parser = new ItemParser(tree.Add);
        var reader = text.ReadLines(bom);
        while (TryReadItemLine(reader, out var content, out var breakLength))
        {
            parser.Feed(content, breakLength);
        }
        parser.Finish();
        return CreateFile(bom, tree.Build());
    }

    public static GreenNode CreateFile(int bomWidth, ItemBlock items) =>
        GreenNode.Node(SyntaxKind.ListingFile, bomWidth > 0 ? [GreenNode.Token(SyntaxKind.ByteOrderMark, bomWidth), items] : [items]);

    /// <summary>
    /// Parses items from <paramref name="start"/> until an item ends at an offset that is at or after
    /// <paramref name="resumeAfter"/> and for which <paramref name="isOldBoundary"/> holds (the parser is
    /// back in step with the old tree there), or until the end of the text. Returns the end offset.
    /// </summary>
    public static int ParseRun(Rope text, int start, int resumeAfter, Func<int, bool> isOldBoundary, List<GreenNode> items)
    {
        var parser = new ItemParser(items.Add);
        var reader = text.ReadLines(start);
        var end = start;
        var checkedItems = 0;
        while (TryReadItemLine(reader, out var content, out var breakLength))
        {
            parser.Feed(content, breakLength);
            for (; checkedItems < items.Count; checkedItems++)
            {
                end += items[checkedItems].Width;
                if (end >= resumeAfter && isOldBoundary(end))
                {
                    // Items parsed past this boundary equal the old ones there: drop them.
                    items.RemoveRange(checkedItems + 1, items.Count - checkedItems - 1);
                    return end;
                }
            }
        }
        parser.Finish();
        for (; checkedItems < items.Count; checkedItems++)
        {
            end += items[checkedItems].Width;
        }
        return end;
    }

    /// <summary>The next line, except an empty last line (the text ends with a break): it holds no item.</summary>
    private static bool TryReadItemLine(RopeLineReader reader, out ReadOnlySpan<char> content, out int breakLength) =>
        reader.TryReadLine(out content, out _, out breakLength) && (breakLength > 0 || !content.IsEmpty);
}
