using System.Collections.Immutable;
using ListingLsp.Syntax;
using ListingLsp.Syntax.Text;

namespace ListingLsp.Analysis;

/// <summary>Formatter settings.</summary>
public sealed record FormattingOptions
{
    public static FormattingOptions Default { get; } = new();

    /// <summary>Blank lines between entries: 0 or 1; null follows what the file mostly does.</summary>
    public int? BlankLinesBetweenEntries { get; init; }
}

/// <summary>Canonical layout as minimal text edits (never a whole-document replacement).</summary>
public static class ListingFormatter
{
    /// <summary>Edits that format the document, or only the items <paramref name="range"/> touches. Non-overlapping, in order.</summary>
    public static ImmutableArray<TextChange> Format(ListingDocument document, FormattingOptions? options = null, TextSpan? range = null)
    {
        var text = document.Text;
        var items = document.Items().ToList();
        var between = Math.Clamp((options ?? FormattingOptions.Default).BlankLinesBetweenEntries ?? FileHabit(items), 0, 1);
        var edits = new List<TextChange>();
        for (var i = 0; i < items.Count;)
        {
            var (item, position) = items[i];
            if (item.Kind != SyntaxKind.BlankLine)
            {
                if (item.Kind != SyntaxKind.Directive)
                {
                    TokenEdits(text, item, position, edits);
                }
                TrailingWhiteSpace(document.Syntax, position, position + item.Width, edits);
                i++;
                continue;
            }
            var run = i;
            while (i < items.Count && items[i].Item.Kind == SyntaxKind.BlankLine)
            {
                i++;
            }
            BlankRun(document.Syntax, items, run, i, between, edits);
        }
        if (between == 1)
        {
            for (var i = 1; i < items.Count; i++)
            {
                if (items[i].Item.Kind == SyntaxKind.Entry && items[i - 1].Item.Kind == SyntaxKind.Entry)
                {
                    edits.Add(new TextChange(new TextSpan(items[i].Position, 0), LineBreakBefore(text, items[i].Position)));
                }
            }
        }
        edits.Sort((a, b) => a.Span.Start != b.Span.Start ? a.Span.Start.CompareTo(b.Span.Start) : a.Span.Length.CompareTo(b.Span.Length));
        // A token rewrite that already covers trailing white space wins over the separate deletion.
        var lastEnd = -1;
        edits.RemoveAll(e =>
        {
            var overlaps = e.Span.Start < lastEnd;
            lastEnd = Math.Max(lastEnd, e.Span.End);
            return overlaps;
        });
        if (range is { } r && items.Count > 0)
        {
            var touched = items.Where(i => TextSpan.FromBounds(i.Position, i.Position + i.Item.Width).OverlapsWith(r) || r.Touches(i.Position)).ToList();
            if (touched.Count == 0)
            {
                return [];
            }
            var limit = TextSpan.FromBounds(touched[0].Position, touched[^1].Position + touched[^1].Item.Width);
            return [.. edits.Where(e => e.Span.Start >= limit.Start && e.Span.End <= limit.End)];
        }
        return [.. edits];
    }

    /// <summary>1 when most neighbouring entries stand apart by blank lines, else 0.</summary>
    private static int FileHabit(List<(GreenNode Item, int Position)> items)
    {
        var (apart, together) = (0, 0);
        int? lastEntry = null;
        for (var i = 0; i < items.Count; i++)
        {
            if (items[i].Item.Kind == SyntaxKind.Entry)
            {
                if (lastEntry is { } j)
                {
                    if (i - j > 1)
                    {
                        apart++;
                    }
                    else
                    {
                        together++;
                    }
                }
                lastEntry = i;
            }
            else if (items[i].Item.Kind != SyntaxKind.BlankLine)
            {
                lastEntry = null;
            }
        }
        return apart > together ? 1 : 0;
    }

    /// <summary>Blank lines [from, to): none at the file's ends, <paramref name="between"/> between two entries, at most one elsewhere.</summary>
    private static void BlankRun(SyntaxTree tree, List<(GreenNode Item, int Position)> items, int from, int to, int between, List<TextChange> edits)
    {
        var atEdge = from == 0 || to == items.Count;
        var betweenEntries = !atEdge && items[from - 1].Item.Kind == SyntaxKind.Entry && items[to].Item.Kind == SyntaxKind.Entry;
        // After an entry without its abstract a blank line is what ends it: removing the last one would
        // make the next line its abstract.
        var keep = atEdge ? 0 : betweenEntries && Complete(items[from - 1].Item) ? between : 1;
        for (var i = from; i < from + keep && i < to; i++)
        {
            TrailingWhiteSpace(tree, items[i].Position, items[i].Position + items[i].Item.Width, edits);
        }
        if (from + keep < to)
        {
            var end = items[to - 1].Position + items[to - 1].Item.Width;
            edits.Add(new TextChange(TextSpan.FromBounds(items[from + keep].Position, end), ""));
        }
    }

    private static bool Complete(GreenNode entry)
    {
        for (var i = 0; i < entry.SlotCount; i++)
        {
            if (entry.GetSlot(i).Kind == SyntaxKind.Abstract)
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>Canonical separators and tag form inside an item (titles, names and prose untouched).</summary>
    private static void TokenEdits(Rope text, GreenNode node, int position, List<TextChange> edits)
    {
        foreach (var (child, offset) in GreenWalk.Children(node, position))
        {
            if (!child.IsToken)
            {
                TokenEdits(text, child, offset, edits);
                continue;
            }
            var canonical = child.Kind switch
            {
                SyntaxKind.Comma => ", ",
                SyntaxKind.EtAl => " et al.",
                SyntaxKind.OrgSeparator => " · ",
                SyntaxKind.OrgTag => TagOf(text.ToString(offset, child.Width)),
                _ => null,
            };
            if (canonical is not null && child.Width > 0 && text.ToString(offset, child.Width) != canonical)
            {
                edits.Add(new TextChange(new TextSpan(offset, child.Width), canonical));
            }
        }
    }

    private static string? TagOf(string written) =>
        string.IsNullOrWhiteSpace(written) || TagForm.IsTag(written) ? null : TagForm.ToTag(written);

    /// <summary>Deletes spaces and tabs before each line break (or the end) within [start, end); a separator keeps its canonical spaces.</summary>
    private static void TrailingWhiteSpace(SyntaxTree tree, int start, int end, List<TextChange> edits)
    {
        var text = tree.Text;
        var line = text.GetLineIndex(start);
        while (true)
        {
            var lineEnd = Math.Min(text.GetLineEnd(line), end);
            var run = lineEnd;
            while (run > start && text[run - 1] is ' ' or '\t')
            {
                run--;
            }
            if (run < lineEnd && tree.FindToken(run) is { Kind: SyntaxKind.OrgSeparator or SyntaxKind.Comma or SyntaxKind.EtAl } separator)
            {
                run = Math.Min(lineEnd, separator.Span.End);
            }
            if (run < lineEnd)
            {
                edits.Add(new TextChange(TextSpan.FromBounds(run, lineEnd), ""));
            }
            var next = text.GetLineEndIncludingBreak(line);
            if (next >= end || next <= start)
            {
                return;
            }
            start = next;
            line++;
        }
    }

    private static string LineBreakBefore(Rope text, int offset) =>
        offset > 1 && text[offset - 1] == '\n' && text[offset - 2] == '\r' ? "\r\n" : offset > 0 && text[offset - 1] == '\r' ? "\r" : "\n";
}
