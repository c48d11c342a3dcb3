namespace ListingLsp.Syntax.Text;

/// <summary>
/// Immutable, structurally shared text of a document: a balanced tree of UTF-16 chunks
/// (about 1-4K chars; a chunk never ends between CR and LF or inside a surrogate pair).
/// Every node caches its length and line-break count, so edits and position lookups are O(log n)
/// and no string of the whole document is built on an edit.
/// Line breaks are LF, CRLF and a lone CR (as LSP counts them).
/// </summary>
public sealed partial class Rope
{
    public static Rope Empty => throw new NotImplementedException();

    public static Rope From(string text) => throw new NotImplementedException();

    /// <summary>Number of UTF-16 code units.</summary>
    public int Length => throw new NotImplementedException();

    /// <summary>Number of lines: line breaks + 1 (an empty document has one line).</summary>
    public int LineCount => throw new NotImplementedException();

    public char this[int offset] => throw new NotImplementedException();

    /// <summary>A new rope with <paramref name="length"/> chars at <paramref name="start"/> replaced.</summary>
    public Rope Replace(int start, int length, string newText) => throw new NotImplementedException();

    public Rope Apply(TextChange change) => Replace(change.Span.Start, change.Span.Length, change.NewText);

    /// <summary>Offset of the first char of a line; <paramref name="line"/> >= LineCount gives Length.</summary>
    public int GetLineStart(int line) => throw new NotImplementedException();

    /// <summary>Offset just before the line's break (or the document end for the last line).</summary>
    public int GetLineEnd(int line) => throw new NotImplementedException();

    /// <summary>Offset just after the line's break (the next line's start; Length for the last line).</summary>
    public int GetLineEndIncludingBreak(int line) => throw new NotImplementedException();

    /// <summary>Line that holds the offset; an offset between CR and LF belongs to the CR's line.</summary>
    public int GetLineIndex(int offset) => throw new NotImplementedException();

    public LinePosition GetPosition(int offset) => throw new NotImplementedException();

    /// <summary>Offset of a position; a column past the line's end clamps to the end (before the break),
    /// a line past the last line clamps to Length.</summary>
    public int GetOffset(LinePosition position) => throw new NotImplementedException();

    public string ToString(int start, int length) => throw new NotImplementedException();

    public string ToString(TextSpan span) => ToString(span.Start, span.Length);

    public void CopyTo(int start, Span<char> destination) => throw new NotImplementedException();

    /// <summary>The chunks that cover [start, Length), the first one sliced to begin at start.</summary>
    public IEnumerable<ReadOnlyMemory<char>> EnumerateChunks(int start = 0) => throw new NotImplementedException();

    public override string ToString() => ToString(0, Length);
}
