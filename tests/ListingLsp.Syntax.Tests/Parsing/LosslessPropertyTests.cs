using CsCheck;

namespace ListingLsp.Syntax.Tests.Parsing;

/// <summary>Whatever the text, parsing never throws and the tree's tokens spell the text exactly.</summary>
public class LosslessPropertyTests
{
    [Fact]
    public void Any_string_round_trips() =>
        Gen.String[ListingGen.NoiseChar, 0, 300].Sample(text =>
        {
            var tree = SyntaxTree.Parse(text);
            Assert.Equal(text, TreeText.Concatenate(tree));
            TreeText.AssertWellFormed(tree);
        }, iter: 2000);

    [Fact]
    public void Any_listing_like_document_round_trips() =>
        ListingGen.Document.Sample(text =>
        {
            var tree = SyntaxTree.Parse(text);
            Assert.Equal(text, TreeText.Concatenate(tree));
            TreeText.AssertWellFormed(tree);
        }, iter: 2000);

    [Theory]
    [InlineData("")]
    [InlineData("\n")]
    [InlineData("\r")]
    [InlineData("\r\n")]
    [InlineData("\uFEFF")]
    [InlineData("\uFEFF\uFEFF")]
    [InlineData("\uD800")]
    [InlineData("\uDC00x\uD83D")]
    [InlineData("CLAug 8, 2025")]
    [InlineData("CLAug 8, 2025\r")]
    [InlineData("\r\r\n\n")]
    [InlineData("#")]
    [InlineData("CL\nTitleAna\n#")]
    public void Edge_texts_round_trip(string text)
    {
        var tree = SyntaxTree.Parse(text);
        Assert.Equal(text, TreeText.Concatenate(tree));
        TreeText.AssertWellFormed(tree);
    }

    [Theory]
    [InlineData("CLAug 8, 2025\nTitleAna Berg\n", "\n")]
    [InlineData("", "")]
    [InlineData("# ", "\r\n")]
    public void Lines_of_100K_chars_round_trip(string prefix, string suffix)
    {
        foreach (var line in new[] { new string('x', 100_000), string.Concat(Enumerable.Repeat("Ab, \u00B7 ", 20_000)), new string(' ', 100_000) })
        {
            var text = prefix + line + suffix + prefix + line;
            var tree = SyntaxTree.Parse(text);
            Assert.Equal(text, TreeText.Concatenate(tree));
            TreeText.AssertWellFormed(tree);
        }
    }

    [Fact]
    public void Text_without_any_header_is_all_skipped_lines()
    {
        var tree = SyntaxTree.Parse("first stray line\nsecond one\r\nthird");
        Assert.All(tree.Items, item => Assert.Equal(SyntaxKind.SkippedLine, item.Kind));
        Assert.Equal(3, tree.ItemCount);
    }
}
