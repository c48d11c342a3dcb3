using System.Text;
using ListingLsp.Server.Protocol;
using ListingLsp.Syntax.Text;

namespace ListingLsp.Server.Documents;

/// <summary>
/// Converts between LSP positions in the negotiated encoding and the UTF-16 offsets that the whole
/// engine works in. This is the only place that knows about UTF-8 and UTF-32 columns. Positions past
/// a line's end clamp to the end of the line, lines past the end clamp to the end of the document.
/// </summary>
internal sealed class PositionConverter(string encoding)
{
    public static PositionConverter Utf16 { get; } = new(PositionEncodingKind.Utf16);

    public string Encoding => encoding;

    public int ToOffset(Rope text, Position position)
    {
        var line = Math.Max(0, position.Line);
        var column = Math.Max(0, position.Character);
        if (line >= text.LineCount)
        {
            return text.Length;
        }
        if (encoding == PositionEncodingKind.Utf16)
        {
            return text.GetOffset(new LinePosition(line, column));
        }
        var start = text.GetLineStart(line);
        var end = text.GetLineEnd(line);
        var offset = start;
        for (var units = 0; offset < end;)
        {
            var width = CharWidth(text, offset, end, out var utf16Length);
            if (units + width > column)
            {
                break;
            }
            units += width;
            offset += utf16Length;
        }
        return offset;
    }

    public Position ToPosition(Rope text, int offset)
    {
        offset = Math.Clamp(offset, 0, text.Length);
        var position = text.GetPosition(offset);
        return new Position(position.Line, Column(text, offset - position.Character, offset));
    }

    /// <summary>A cursor for converting many offsets of <paramref name="text"/>, fastest in ascending order.</summary>
    public PositionCursor Cursor(Rope text) => new(this, text);

    /// <summary>The column of <paramref name="offset"/> on the line that starts at <paramref name="lineStart"/>, in the negotiated units.</summary>
    internal int Column(Rope text, int lineStart, int offset)
    {
        if (encoding == PositionEncodingKind.Utf16)
        {
            return offset - lineStart;
        }
        var units = 0;
        for (var i = lineStart; i < offset;)
        {
            units += CharWidth(text, i, offset, out var utf16Length);
            i += utf16Length;
        }
        return units;
    }

    public Protocol.Range ToRange(Rope text, TextSpan span) => new(ToPosition(text, span.Start), ToPosition(text, span.End));

    public TextSpan ToSpan(Rope text, Protocol.Range range)
    {
        var start = ToOffset(text, range.Start);
        var end = ToOffset(text, range.End);
        return end < start ? TextSpan.FromBounds(end, start) : TextSpan.FromBounds(start, end);
    }

    /// <summary>Length of a string in the negotiated units (a column offset within one line).</summary>
    public int Measure(string text) => encoding switch
    {
        PositionEncodingKind.Utf8 => System.Text.Encoding.UTF8.GetByteCount(text),
        PositionEncodingKind.Utf32 => text.EnumerateRunes().Count(),
        _ => text.Length,
    };

    /// <summary>Width of the character at <paramref name="offset"/> in the negotiated units.</summary>
    private int CharWidth(Rope text, int offset, int limit, out int utf16Length)
    {
        var c = text[offset];
        if (char.IsHighSurrogate(c) && offset + 1 < limit && char.IsLowSurrogate(text[offset + 1]))
        {
            utf16Length = 2;
            return encoding == PositionEncodingKind.Utf8 ? 4 : 1;
        }
        utf16Length = 1;
        return encoding == PositionEncodingKind.Utf32 ? 1 : new Rune(char.IsSurrogate(c) ? '\uFFFD' : c).Utf8SequenceLength;
    }
}
