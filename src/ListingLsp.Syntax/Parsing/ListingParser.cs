using ListingLsp.Syntax.Text;

namespace ListingLsp.Syntax.Parsing;

/// <summary>Runs the <see cref="ItemParser"/> over a rope's lines: a whole file, or a run of items for a reparse.</summary>
internal static class ListingParser
{
    private const char ByteOrderMark = '\uFEFF';

    public static int ByteOrderMarkWidth(Rope text) => text.Length > 0 && text[0] == ByteOrderMark ? 1 : 0;

    /// <summary>Least text per partition of a parallel full parse: below it a thread costs more than it saves.</summary>
    private const int MinPartitionLength = 1 << 19;

    /// <summary>How many partitions a full parse of the text uses: one per core once it is at least 1M chars.</summary>
    public static int PartitionCount(int length) => Math.Clamp(length / MinPartitionLength, 1, Environment.ProcessorCount);

    /// <summary>
    /// A full parse, cut at the start of valid header lines into up to <paramref name="partitions"/>
    /// pieces that are parsed concurrently. A valid header always begins a new item and the parser
    /// expects a header between items, so the pieces yield exactly the items of a sequential parse;
    /// they are then stacked into the same B-tree a sequential parse builds.
    /// </summary>
    public static GreenNode ParseFile(Rope text, int partitions)
    {
        var bom = ByteOrderMarkWidth(text);
        var tree = new ItemTreeBuilder();
        var cuts = Cuts(text, bom, partitions);
        if (cuts.Count == 2)
        {
            ParseItems(text, bom, text.Length, tree.Add);
        }
        else
        {
            var pieces = new List<GreenNode>[cuts.Count - 1];
            Parallel.For(0, pieces.Length, i =>
            {
                pieces[i] = [];
                ParseItems(text, cuts[i], cuts[i + 1], pieces[i].Add);
            });
            foreach (var piece in pieces)
            {
                foreach (var item in piece)
                {
                    tree.Add(item);
                }
            }
        }
        return CreateFile(bom, tree.Build());
    }

    /// <summary>Partition bounds: start, the first valid header line after each equal share, end (no empty partitions).</summary>
    internal static List<int> Cuts(Rope text, int start, int partitions)
    {
        var cuts = new List<int> { start };
        var share = (long)(text.Length - start) / Math.Max(1, partitions);
        for (var k = 1; k < partitions; k++)
        {
            var cut = NextHeaderLineStart(text, Math.Max(cuts[^1], start + (int)(k * share)));
            if (cut >= text.Length)
            {
                break;
            }
            if (cut > cuts[^1])
            {
                cuts.Add(cut);
            }
        }
        cuts.Add(text.Length);
        return cuts;
    }

    /// <summary>Start of the first valid header line that begins after <paramref name="from"/>; the text's length if none.</summary>
    private static int NextHeaderLineStart(Rope text, int from)
    {
        var reader = text.ReadLines(from);
        // The line holding `from` may have begun before it: only whole lines after it are candidates.
        reader.TryReadLine(out _, out _, out _);
        while (reader.Offset < text.Length && reader.TryReadLine(out var content, out var lineStart, out _))
        {
            if (HeaderLexer.IsValidHeader(content))
            {
                return lineStart;
            }
        }
        return text.Length;
    }

    /// <summary>Parses the lines that start in [start, end), a run of whole items, handing each item to <paramref name="emit"/>.</summary>
    private static void ParseItems(Rope text, int start, int end, Action<GreenNode> emit)
    {
        var parser = new ItemParser(emit);
        var reader = text.ReadLines(start);
        while (reader.Offset < end && TryReadItemLine(reader, out var content, out var breakLength))
        {
            parser.Feed(content, breakLength);
        }
        parser.Finish();
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
