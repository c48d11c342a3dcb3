using ListingLsp.Server.Protocol;
using ListingLsp.Syntax.Text;

namespace ListingLsp.Server.Documents;

/// <summary>
/// Converts the offsets of one document to positions in one forward pass over its lines, for answers that
/// cover the whole document (the outline of 100k entries needs 400k positions): a lookup costs the lines it
/// steps over instead of two descents through the rope. An offset behind the cursor takes the converter's
/// random-access path, so any order gives the same positions; ascending order is just fast.
/// </summary>
internal sealed class PositionCursor(PositionConverter converter, Rope text)
{
    private readonly RopeLineReader lines = text.ReadLines();
    private int line = -1;
    private int lineStart;
    private int nextLineStart;

    public Position ToPosition(int offset)
    {
        offset = Math.Clamp(offset, 0, text.Length);
        if (offset < lineStart)
        {
            return converter.ToPosition(text, offset);
        }
        while (offset >= nextLineStart && lines.TryReadLine(out var content, out var start, out var breakLength))
        {
            line++;
            lineStart = start;
            // The last line has no break and runs to the end of the text.
            nextLineStart = breakLength == 0 ? int.MaxValue : start + content.Length + breakLength;
        }
        return new Position(line, converter.Column(text, lineStart, offset));
    }

    public Protocol.Range ToRange(TextSpan span) => new(ToPosition(span.Start), ToPosition(span.End));
}
