namespace ListingLsp.Syntax.Text;

/// <summary>
/// Fast forward reader of a rope's lines, for the parser: each call returns one line's content (without its
/// break), the line's start offset and the break's length (2 for CRLF, 1 for LF or a lone CR, 0 for the last
/// line). Lines are read exactly as <see cref="Rope.LineCount"/> counts them, so the last line is returned
/// even when empty ("a\n" reads "a", then ""); an empty rope reads one empty line.
/// </summary>
/// <remarks>
/// The content span points straight into the rope's chunk (zero copy; a UTF-8 chunk is decoded once, into
/// the reader's own buffer, when the reader enters it) and is found with a vectorised
/// <c>IndexOfAny('\r', '\n')</c>, so a full pass costs about as much as counting '\n' over the same text.
/// Only a line that crosses a chunk boundary is copied, into a buffer reused by the next such line; the span
/// is therefore valid only until the next call. Create one with <see cref="Rope.ReadLines"/>; starting in the
/// middle of a line reads the rest of that line first.
/// </remarks>
public sealed class RopeLineReader
{
    private readonly RopeLeafCursor _cursor;
    private ReadOnlyMemory<char> _chunk;
    private int _chunkStart;
    private int _position;
    private bool _done;
    private char[] _buffer = [];

    /// <summary>Where a UTF-8 chunk is decoded, once, when the reader enters it.</summary>
    private char[] _decoded = [];

    internal RopeLineReader(RopeNode root, int start)
    {
        _cursor = new RopeLeafCursor(root, start);
        _chunk = _cursor.Leaf.GetChars(ref _decoded);
        _chunkStart = _cursor.LeafStart;
        _position = start - _chunkStart;
    }

    /// <summary>Document offset where the next line starts (Length after the last line).</summary>
    public int Offset => _chunkStart + _position;

    public bool TryReadLine(out ReadOnlySpan<char> content, out int lineStart, out int breakLength)
    {
        if (_done)
        {
            content = default;
            lineStart = Offset;
            breakLength = 0;
            return false;
        }
        if (_position == _chunk.Length)
        {
            NextChunk();
        }
        lineStart = Offset;
        var rest = _chunk.Span[_position..];
        var i = rest.IndexOfAny('\r', '\n');
        if (i >= 0)
        {
            // A chunk never ends between CR and LF, so a CR at the chunk's end is a lone CR.
            breakLength = rest[i] == '\r' && i + 1 < rest.Length && rest[i + 1] == '\n' ? 2 : 1;
            content = rest[..i];
            _position += i + breakLength;
            return true;
        }
        if (!_cursor.MoveNext())
        {
            content = rest;
            breakLength = 0;
            _position = _chunk.Length;
            _done = true;
            return true;
        }
        content = ReadAcrossChunks(rest, out breakLength);
        return true;
    }

    /// <summary>Copies a line that continues past the current chunk; the cursor is already on the next one.</summary>
    private ReadOnlySpan<char> ReadAcrossChunks(ReadOnlySpan<char> head, out int breakLength)
    {
        var length = 0;
        Append(head, ref length);
        while (true)
        {
            _chunk = _cursor.Leaf.GetChars(ref _decoded);
            _chunkStart = _cursor.LeafStart;
            var span = _chunk.Span;
            var i = span.IndexOfAny('\r', '\n');
            if (i >= 0)
            {
                breakLength = span[i] == '\r' && i + 1 < span.Length && span[i + 1] == '\n' ? 2 : 1;
                Append(span[..i], ref length);
                _position = i + breakLength;
                return _buffer.AsSpan(0, length);
            }
            Append(span, ref length);
            if (!_cursor.MoveNext())
            {
                breakLength = 0;
                _position = span.Length;
                _done = true;
                return _buffer.AsSpan(0, length);
            }
        }
    }

    private void Append(ReadOnlySpan<char> text, ref int length)
    {
        if (length + text.Length > _buffer.Length)
        {
            Array.Resize(ref _buffer, Math.Max(length + text.Length, _buffer.Length * 2));
        }
        text.CopyTo(_buffer.AsSpan(length));
        length += text.Length;
    }

    private void NextChunk()
    {
        if (_cursor.MoveNext())
        {
            _chunk = _cursor.Leaf.GetChars(ref _decoded);
            _chunkStart = _cursor.LeafStart;
            _position = 0;
        }
    }
}
