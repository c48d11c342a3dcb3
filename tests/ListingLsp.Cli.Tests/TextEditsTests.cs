using ListingLsp.Cli.Files;
using ListingLsp.Syntax.Text;

namespace ListingLsp.Cli.Tests;

public class TextEditsTests
{
    [Fact]
    public void Edits_apply_at_their_offsets_in_any_order()
    {
        var result = TextEdits.Apply("abcdef", [new(new TextSpan(4, 1), "E"), new(new TextSpan(0, 2), "")], lineBreak: "\n");

        Assert.Equal("cdEf", result);
    }

    [Fact]
    public void Inserted_line_breaks_follow_a_crlf_file()
    {
        var result = TextEdits.Apply("a\r\nb\r\n", [new(new TextSpan(3, 0), "x\n\n")], lineBreak: "\r\n");

        Assert.Equal("a\r\nx\r\n\r\nb\r\n", result);
    }

    [Theory]
    [InlineData("a\nb\n", "\n")]
    [InlineData("a\r\nb\r\n", "\r\n")]
    [InlineData("a\r\nb\n", null)]
    [InlineData("one line", null)]
    public void The_preferred_line_break_is_the_one_the_file_uses_throughout(string text, string? expected) =>
        Assert.Equal(expected, new SourceFile("x.listing", text, HasBom: false).PreferredLineBreak);
}
