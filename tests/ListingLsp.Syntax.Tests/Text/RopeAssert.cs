using ListingLsp.Syntax.Text;

namespace ListingLsp.Syntax.Tests.Text;

/// <summary>Checks every observable of a rope against <see cref="TextModel"/>, plus the tree's invariants.</summary>
internal static class RopeAssert
{
    public static void Matches(string expected, Rope rope)
    {
        var model = new TextModel(expected);
        Assert.Equal(expected, rope.ToString());
        Assert.Equal(expected.Length, rope.Length);
        Assert.Equal(model.Lines.Count, rope.LineCount);
        Assert.Null(rope.FindInvariantViolation());
        AssertLogarithmicDepth(rope);
        AssertLines(model, rope);
        AssertOffsets(model, rope);
        AssertLineReader(model, rope, 0);
        var middleLine = model.Lines[model.Lines.Count / 2];
        AssertLineReader(model, rope, model.Lines.Count / 2);
        Assert.Equal(expected, string.Concat(rope.EnumerateChunks().Select(c => c.ToString())));
        Assert.Equal(expected[middleLine.Start..], string.Concat(rope.EnumerateChunks(middleLine.Start).Select(c => c.ToString())));
        Assert.All(rope.EnumerateChunks(), chunk => Assert.False(chunk.IsEmpty));
    }

    /// <summary>Checks a rope against one known to be right: for texts too long for the model's slow line search.</summary>
    public static void SameAs(Rope expected, Rope actual)
    {
        Assert.Equal(expected.ToString(), actual.ToString());
        Assert.Equal(expected.Length, actual.Length);
        Assert.Equal(expected.LineCount, actual.LineCount);
        Assert.Null(actual.FindInvariantViolation());
        for (var i = 0; i < expected.LineCount; i++)
        {
            Assert.Equal(expected.GetLineStart(i), actual.GetLineStart(i));
            Assert.Equal(expected.GetLineEnd(i), actual.GetLineEnd(i));
            Assert.Equal(expected.GetLineEndIncludingBreak(i), actual.GetLineEndIncludingBreak(i));
        }
        for (var offset = 0; offset < expected.Length; offset++)
        {
            Assert.Equal(expected[offset], actual[offset]);
            Assert.Equal(expected.GetLineIndex(offset), actual.GetLineIndex(offset));
        }
        var expectedLines = expected.ReadLines();
        var actualLines = actual.ReadLines();
        while (expectedLines.TryReadLine(out var content, out var start, out var breakLength))
        {
            var expectedLine = (content.ToString(), start, breakLength);
            Assert.True(actualLines.TryReadLine(out content, out start, out breakLength));
            Assert.Equal(expectedLine, (content.ToString(), start, breakLength));
        }
        Assert.False(actualLines.TryReadLine(out _, out _, out _));
        Assert.Equal(expected.ToString(), string.Concat(actual.EnumerateChunks().Select(c => c.ToString())));
    }

    /// <summary>A B-tree whose inner nodes have at least m children and whose root has two holds
    /// at least 2·m^(h-1) leaves.</summary>
    private static void AssertLogarithmicDepth(Rope rope)
    {
        var leaves = rope.LeafCount;
        var bound = leaves < 2 ? 0 : 1 + (int)Math.Floor(Math.Log(leaves / 2.0, rope.MinFanout) + 1e-9);
        Assert.True(rope.Height <= bound, $"height {rope.Height} for {leaves} leaves");
    }

    private static void AssertLines(TextModel model, Rope rope)
    {
        for (var i = 0; i < model.Lines.Count; i++)
        {
            var line = model.Lines[i];
            Assert.Equal(line.Start, rope.GetLineStart(i));
            Assert.Equal(line.ContentEnd, rope.GetLineEnd(i));
            Assert.Equal(line.End, rope.GetLineEndIncludingBreak(i));
            Assert.Equal(model.Content(line), rope.GetLineText(i));
            var withBreak = new char[line.End - line.Start];
            rope.CopyTo(line.Start, withBreak);
            Assert.Equal(model.Text[line.Start..line.End], new string(withBreak));
            // A column past the end clamps to the end, before the break.
            Assert.Equal(line.ContentEnd, rope.GetOffset(new LinePosition(i, line.ContentEnd - line.Start + 1)));
            Assert.Equal(line.ContentEnd, rope.GetOffset(new LinePosition(i, int.MaxValue)));
        }
        var past = model.Lines.Count;
        Assert.Equal(rope.Length, rope.GetLineStart(past));
        Assert.Equal(rope.Length, rope.GetLineEnd(past));
        Assert.Equal(rope.Length, rope.GetOffset(new LinePosition(past, 0)));
        Assert.Equal(rope.Length, rope.GetOffset(new LinePosition(past + 5, 3)));
        Assert.Equal("", rope.GetLineText(past));
    }

    private static void AssertOffsets(TextModel model, Rope rope)
    {
        for (var offset = 0; offset <= model.Text.Length; offset++)
        {
            var line = model.LineOf(offset);
            var position = new LinePosition(line, offset - model.Lines[line].Start);
            Assert.Equal(line, rope.GetLineIndex(offset));
            Assert.Equal(position, rope.GetPosition(offset));
            // Positions inside a line break clamp back to the line's end.
            Assert.Equal(Math.Min(offset, model.Lines[line].ContentEnd), rope.GetOffset(position));
            if (offset < model.Text.Length)
            {
                Assert.Equal(model.Text[offset], rope[offset]);
            }
        }
    }

    private static void AssertLineReader(TextModel model, Rope rope, int firstLine)
    {
        var reader = rope.ReadLines(model.Lines[firstLine].Start);
        for (var i = firstLine; i < model.Lines.Count; i++)
        {
            var line = model.Lines[i];
            Assert.True(reader.TryReadLine(out var content, out var start, out var breakLength));
            Assert.Equal(model.Content(line), content.ToString());
            Assert.Equal(line.Start, start);
            Assert.Equal(line.BreakLength, breakLength);
            Assert.Equal(line.End, reader.Offset);
        }
        Assert.False(reader.TryReadLine(out _, out _, out _));
    }
}
