using ListingLsp.Syntax.Text;

namespace ListingLsp.Syntax.Tests.Text;

public class RopeExampleTests
{
    [Fact]
    public void Empty_document_has_one_empty_line()
    {
        var rope = Rope.Empty;
        Assert.Equal(0, rope.Length);
        Assert.Equal(1, rope.LineCount);
        Assert.Equal(0, rope.GetLineStart(0));
        Assert.Equal(0, rope.GetLineEnd(0));
        Assert.Equal(new LinePosition(0, 0), rope.GetPosition(0));
        Assert.Equal(0, rope.GetOffset(new LinePosition(3, 7)));
        Assert.Empty(rope.EnumerateChunks());
        var reader = rope.ReadLines();
        Assert.True(reader.TryReadLine(out var content, out var start, out var breakLength));
        Assert.Equal((0, 0, 0), (content.Length, start, breakLength));
        Assert.False(reader.TryReadLine(out _, out _, out _));
        RopeAssert.Matches("", Rope.From(""));
    }

    [Fact]
    public void Mixed_line_breaks_count_as_LSP_counts_them()
    {
        var rope = Rope.From("a\r\nb\rc\n");
        Assert.Equal(4, rope.LineCount);
        Assert.Equal(["a", "b", "c", ""], Enumerable.Range(0, rope.LineCount).Select(rope.GetLineText));
        Assert.Equal([0, 3, 5, 7], Enumerable.Range(0, rope.LineCount).Select(rope.GetLineStart));
        Assert.Equal([1, 4, 6, 7], Enumerable.Range(0, rope.LineCount).Select(rope.GetLineEnd));
        // The offset between CR and LF still belongs to the first line.
        Assert.Equal(new LinePosition(0, 2), rope.GetPosition(2));
        Assert.Equal(1, rope.GetOffset(new LinePosition(0, 5)));
        RopeAssert.Matches("a\r\nb\rc\n", rope);
    }

    [Fact]
    public void Last_line_without_a_final_newline_ends_at_the_document_end()
    {
        var rope = Rope.From("first\nsecond");
        Assert.Equal(2, rope.LineCount);
        Assert.Equal(12, rope.GetLineEnd(1));
        Assert.Equal(12, rope.GetOffset(new LinePosition(1, 99)));
        Assert.Equal(12, rope.GetOffset(new LinePosition(2, 0)));
    }

    [Fact]
    public void Byte_order_mark_is_an_ordinary_char()
    {
        var rope = Rope.From("\uFEFFtitle\n");
        Assert.Equal(7, rope.Length);
        Assert.Equal('\uFEFF', rope[0]);
        Assert.Equal("\uFEFFtitle", rope.GetLineText(0));
        Assert.Equal(new LinePosition(0, 1), rope.GetPosition(1));
    }

    [Fact]
    public void Joining_CR_and_LF_across_chunks_makes_one_break()
    {
        var rope = Rope.From("abcd\refgh", 4, 4).Replace(5, 4, "\nxy");
        Assert.Equal(2, rope.LineCount);
        Assert.Equal("xy", rope.GetLineText(1));
        RopeAssert.Matches("abcd\r\nxy", rope);
    }

    [Fact]
    public void Long_line_spanning_many_chunks_reads_as_one_line()
    {
        var text = new string('x', 1000) + "\r\n" + new string('y', 50);
        var reader = Rope.From(text, 8, 4).ReadLines();
        Assert.True(reader.TryReadLine(out var first, out _, out var breakLength));
        Assert.Equal((1000, 2), (first.Length, breakLength));
        Assert.True(reader.TryReadLine(out var second, out var start, out _));
        Assert.Equal((50, 1002), (second.Length, start));
        Assert.False(reader.TryReadLine(out _, out _, out _));
    }

    [Fact]
    public void Large_text_is_cut_into_leaves_on_several_threads_exactly_as_on_one()
    {
        // 3,000 tiny leaves: past the threshold where leaves are made in parallel.
        var pieces = new[] { "ab", "\r\n", "\r", "\n", "\uD83D\uDE00", "xyz" };
        var random = new Random(7);
        var text = string.Concat(Enumerable.Range(0, 6_000).Select(_ => pieces[random.Next(pieces.Length)]));
        RopeAssert.Matches(text, Rope.From(text, 8, 4));
    }

    [Fact]
    public void Edits_copy_only_the_path_to_the_edited_leaf()
    {
        var before = Rope.From(string.Concat(Enumerable.Repeat("line of text\n", 10_000)));
        var after = before.Replace(70_000, 0, "inserted");
        Assert.Equal(before.Length + 8, after.Length);
        var shared = before.EnumerateChunks().Intersect(after.EnumerateChunks(), new SameMemory()).Count();
        Assert.True(shared >= before.LeafCount - 3, $"{shared} of {before.LeafCount} leaves shared");
    }

    [Fact]
    public void Out_of_range_arguments_are_rejected()
    {
        var rope = Rope.From("abc");
        Assert.Throws<ArgumentOutOfRangeException>(() => rope[3]);
        Assert.Throws<ArgumentOutOfRangeException>(() => rope.Replace(2, 2, "x"));
        Assert.Throws<ArgumentOutOfRangeException>(() => rope.GetPosition(4));
        Assert.Throws<ArgumentOutOfRangeException>(() => rope.GetLineStart(-1));
    }

    private sealed class SameMemory : IEqualityComparer<ReadOnlyMemory<char>>
    {
        public bool Equals(ReadOnlyMemory<char> x, ReadOnlyMemory<char> y) => x.Equals(y);

        public int GetHashCode(ReadOnlyMemory<char> obj) => obj.Length;
    }
}
