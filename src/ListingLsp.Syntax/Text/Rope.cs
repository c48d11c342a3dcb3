namespace ListingLsp.Syntax.Text;

/// <summary>
/// Immutable, structurally shared text of a document: a balanced tree of chunks (about 1-4K chars; a chunk
/// never ends between CR and LF or inside a surrogate pair). A rope made from a string slices it; a UTF-8
/// rope (<see cref="RopeBuilder"/>) holds its chunks as UTF-8, about half the memory. Either way lengths and
/// offsets are UTF-16 code units.
/// Every node caches its length and line-break count, so edits and position lookups are O(log n)
/// and no string of the whole document is built on an edit.
/// Line breaks are LF, CRLF and a lone CR (as LSP counts them).
/// </summary>
public sealed partial class Rope
{
    private readonly RopeNode _root;
    private readonly RopeLimits _limits;

    /// <summary>Whether chunks an edit rebuilds are stored as UTF-8, so the rope stays compact while typed in.</summary>
    private readonly bool _utf8;

    internal Rope(RopeNode root, RopeLimits limits, bool utf8)
    {
        _root = root;
        _limits = limits;
        _utf8 = utf8;
    }

    public static Rope Empty { get; } = new(RopeLeaf.Empty, RopeLimits.Default, utf8: false);

    /// <summary>A rope over <paramref name="text"/>; its chunks are slices of the string, not copies.</summary>
    public static Rope From(string text) => From(text, RopeLimits.Default, utf8: false);

    /// <summary>A rope with a custom tree shape (tests use tiny chunks to get deep trees).</summary>
    internal static Rope From(string text, int maxChunkSize, int maxFanout = 16) =>
        From(text, new RopeLimits(maxChunkSize, maxFanout), utf8: false);

    private static Rope From(string text, RopeLimits limits, bool utf8)
    {
        ArgumentNullException.ThrowIfNull(text);
        return new Rope(RopeTree.Build(text.AsMemory(), limits, utf8), limits, utf8);
    }

    /// <summary>A UTF-8 rope over <paramref name="utf8"/>, decoded as <c>Encoding.UTF8.GetString</c> would (see <see cref="RopeBuilder"/>).</summary>
    public static Rope FromUtf8(ReadOnlySpan<byte> utf8)
    {
        var builder = new RopeBuilder();
        builder.Append(utf8);
        return builder.ToRope();
    }

    /// <summary>Number of UTF-16 code units.</summary>
    public int Length => _root.Length;

    /// <summary>Number of lines: line breaks + 1 (an empty document has one line).</summary>
    public int LineCount => _root.LineBreaks + 1;

    public char this[int offset]
    {
        get
        {
            if ((uint)offset >= (uint)Length)
            {
                throw new ArgumentOutOfRangeException(nameof(offset), offset, "Offset is outside the text.");
            }
            var leaf = RopeTree.FindLeaf(_root, offset, out var leafStart);
            return leaf[offset - leafStart];
        }
    }

    /// <summary>A new rope with <paramref name="length"/> chars at <paramref name="start"/> replaced.</summary>
    /// <remarks>
    /// Only the leaves the edit touches are rebuilt, from their remaining text plus <paramref name="newText"/>;
    /// a neighbour leaf joins them when the result would be too small or would split a CRLF or surrogate pair
    /// at its edge. The tree is then cut before and after those leaves and re-joined, copying O(log n) nodes.
    /// A UTF-8 rope stores the rebuilt leaves as UTF-8 too, so a long typing session keeps it compact.
    /// </remarks>
    public Rope Replace(int start, int length, string newText)
    {
        ArgumentNullException.ThrowIfNull(newText);
        CheckRange(start, length);
        if (length == 0 && newText.Length == 0)
        {
            return this;
        }
        if (start == 0 && length == Length)
        {
            return From(newText, _limits, _utf8);
        }
        var edit = new LeafEdit(this, start, start + length, newText);
        edit.WidenUntilLeavesAreValid();
        var text = edit.BuildText();
        var firstLeaf = RopeTree.FindLeaf(_root, edit.LeavesStart, out _);
        if (firstLeaf.Length == edit.LeavesEnd - edit.LeavesStart && text.Length <= _limits.MaxChunk)
        {
            // Typing: one leaf becomes one leaf, so the tree keeps its shape and only the path is copied.
            var leaf = RopeLeaf.Create(text.AsMemory(), _utf8, loaded: false);
            return new Rope(RopeTree.ReplaceLeaf(_root, edit.LeavesStart, leaf), _limits, _utf8);
        }
        var middle = RopeTree.Build(text.AsMemory(), _limits, _utf8);
        var root = RopeTree.Concat(
            RopeTree.Concat(RopeTree.Prefix(_root, edit.LeavesStart, _limits), middle, _limits),
            RopeTree.Suffix(_root, edit.LeavesEnd, _limits),
            _limits);
        return new Rope(root, _limits, _utf8);
    }

    public Rope Apply(TextChange change) => Replace(change.Span.Start, change.Span.Length, change.NewText);

    /// <summary>Offset of the first char of a line; <paramref name="line"/> >= LineCount gives Length.</summary>
    public int GetLineStart(int line)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(line);
        return line == 0 ? 0 : line >= LineCount ? Length : EndOfBreak(line, out _);
    }

    /// <summary>Offset just before the line's break (or the document end for the last line).</summary>
    public int GetLineEnd(int line)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(line);
        return line >= LineCount - 1 ? Length : EndOfBreak(line + 1, out var breakLength) - breakLength;
    }

    /// <summary>Offset just after the line's break (the next line's start; Length for the last line).</summary>
    public int GetLineEndIncludingBreak(int line)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(line);
        return line >= LineCount - 1 ? Length : EndOfBreak(line + 1, out _);
    }

    /// <summary>Offset just after the document's <paramref name="breaks"/>-th line break (1-based, must exist).</summary>
    private int EndOfBreak(int breaks, out int breakLength)
    {
        // Descend to the leaf holding that break; a break never spans two leaves.
        var node = _root;
        var offset = 0;
        while (node is RopeBranch branch)
        {
            var children = branch.Children;
            var i = 0;
            while (children[i].LineBreaks < breaks)
            {
                breaks -= children[i].LineBreaks;
                offset += children[i].Length;
                i++;
            }
            node = children[i];
        }
        return offset + LineBreaks.EndOfBreak(((RopeLeaf)node).Chars, breaks, out breakLength);
    }

    /// <summary>Line that holds the offset; an offset between CR and LF belongs to the CR's line.</summary>
    public int GetLineIndex(int offset)
    {
        CheckOffset(offset);
        var leaf = RopeTree.FindLeaf(_root, offset, out var leafStart, out var line);
        var text = leaf.Chars;
        offset -= leafStart;
        line += LineBreaks.Count(text[..offset]);
        // Counting up to the offset sees the CR of a CRLF the offset splits as a lone CR.
        if (offset > 0 && offset < text.Length && text[offset - 1] == '\r' && text[offset] == '\n')
        {
            line--;
        }
        return line;
    }

    public LinePosition GetPosition(int offset)
    {
        var line = GetLineIndex(offset);
        return new LinePosition(line, offset - GetLineStart(line));
    }

    /// <summary>Offset of a position; a column past the line's end clamps to the end (before the break),
    /// a line past the last line clamps to Length.</summary>
    public int GetOffset(LinePosition position)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(position.Line);
        ArgumentOutOfRangeException.ThrowIfNegative(position.Character);
        if (position.Line >= LineCount)
        {
            return Length;
        }
        var start = GetLineStart(position.Line);
        return (int)Math.Min((long)start + position.Character, GetLineEnd(position.Line));
    }

    /// <summary>The line's text without its break; a line past the end gives "".</summary>
    public string GetLineText(int line)
    {
        var start = GetLineStart(line);
        return ToString(start, GetLineEnd(line) - start);
    }

    public string ToString(int start, int length)
    {
        CheckRange(start, length);
        if (length == 0)
        {
            return string.Empty;
        }
        return string.Create(length, (_root, start), static (span, state) => RopeTree.CopyTo(state._root, state.start, span));
    }

    public string ToString(TextSpan span) => ToString(span.Start, span.Length);

    /// <summary>Copies <c>destination.Length</c> chars starting at <paramref name="start"/>.</summary>
    public void CopyTo(int start, Span<char> destination)
    {
        CheckRange(start, destination.Length);
        RopeTree.CopyTo(_root, start, destination);
    }

    /// <summary>The chunks that cover [start, Length), the first one sliced to begin at start (a UTF-8 chunk
    /// is decoded into a new array).</summary>
    public IEnumerable<ReadOnlyMemory<char>> EnumerateChunks(int start = 0)
    {
        CheckOffset(start);
        return Enumerate(new RopeLeafCursor(_root, start), start);

        static IEnumerable<ReadOnlyMemory<char>> Enumerate(RopeLeafCursor cursor, int start)
        {
            var first = Chunk(cursor.Leaf)[(start - cursor.LeafStart)..];
            if (!first.IsEmpty)
            {
                yield return first;
            }
            while (cursor.MoveNext())
            {
                yield return Chunk(cursor.Leaf);
            }
        }

        static ReadOnlyMemory<char> Chunk(RopeLeaf leaf)
        {
            char[] fresh = [];
            return leaf.GetChars(ref fresh);
        }
    }

    /// <summary>A forward reader of the lines from <paramref name="startOffset"/> (see <see cref="RopeLineReader"/>).</summary>
    public RopeLineReader ReadLines(int startOffset = 0)
    {
        CheckOffset(startOffset);
        return new RopeLineReader(_root, startOffset);
    }

    public override string ToString() => ToString(0, Length);

    private void CheckOffset(int offset)
    {
        if ((uint)offset > (uint)Length)
        {
            throw new ArgumentOutOfRangeException(nameof(offset), offset, $"Offset is outside [0, {Length}].");
        }
    }

    private void CheckRange(int start, int length)
    {
        CheckOffset(start);
        if (length < 0 || length > Length - start)
        {
            throw new ArgumentOutOfRangeException(nameof(length), length, $"Range runs outside [0, {Length}].");
        }
    }
}
