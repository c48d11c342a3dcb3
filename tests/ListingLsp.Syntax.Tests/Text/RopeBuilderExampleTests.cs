using ListingLsp.Syntax.Text;

namespace ListingLsp.Syntax.Tests.Text;

public class RopeBuilderExampleTests
{
    [Fact]
    public void Byte_order_mark_stays_a_char()
    {
        var rope = Rope.FromUtf8([0xEF, 0xBB, 0xBF, (byte)'a', (byte)'\n']);
        Assert.Equal(3, rope.Length);
        Assert.Equal('\uFEFF', rope[0]);
        RopeAssert.Matches("\uFEFFa\n", rope);
    }

    [Fact]
    public void A_char_split_across_appends_is_counted_once_complete()
    {
        var builder = new RopeBuilder();
        builder.Append([0xE2, 0x82]);
        Assert.Equal(0, builder.Utf16Length);
        builder.Append([0xAC, (byte)'!']);
        Assert.Equal(2, builder.Utf16Length);
        RopeAssert.Matches("\u20AC!", builder.ToRope());
    }

    [Fact]
    public void A_sequence_cut_short_at_the_end_becomes_a_replacement_char()
    {
        var builder = new RopeBuilder();
        builder.Append([(byte)'a', 0xF0, 0x9F]);
        RopeAssert.Matches("a\uFFFD", builder.ToRope());
    }

    [Fact]
    public void Nothing_appended_builds_the_empty_rope() =>
        RopeAssert.Matches("", new RopeBuilder().ToRope());

    [Fact]
    public void A_builder_builds_once()
    {
        var builder = new RopeBuilder();
        builder.ToRope();
        Assert.Throws<InvalidOperationException>(() => builder.Append("x"u8));
        Assert.Throws<InvalidOperationException>(() => builder.ToRope());
    }
}
