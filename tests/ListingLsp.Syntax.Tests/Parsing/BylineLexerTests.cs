using ListingLsp.Syntax.Parsing;

namespace ListingLsp.Syntax.Tests.Parsing;

public class BylineLexerTests
{
    /// <summary>The byline's tokens as "Kind:text" joined by " | ", nested lists flattened.</summary>
    private static string Lex(string line)
    {
        var builder = new GreenBuilder();
        BylineLexer.Lex(line, builder);
        var parts = new List<string>();
        var pos = 0;
        void Walk(GreenNode node)
        {
            if (node.IsToken)
            {
                parts.Add($"{node.Kind}:{line.Substring(pos, node.Width)}");
                pos += node.Width;
                return;
            }
            foreach (var child in node.Slots)
            {
                Walk(child);
            }
        }
        foreach (var node in builder.ToArray())
        {
            Walk(node);
        }
        Assert.Equal(line.Length, pos);
        return string.Join(" | ", parts);
    }

    [Theory]
    [InlineData("TitleAna Berg", "Title:Title | AuthorName:Ana Berg")]
    [InlineData("TitleAna Berg et al. \u00B7 mit  ", "Title:Title | AuthorName:Ana Berg | EtAl: et al. | OrgSeparator: \u00B7  | OrgTag:mit | Whitespace:  ")]
    [InlineData("TitleAna Berg \u00B7 ", "Title:Title | AuthorName:Ana Berg | OrgSeparator: \u00B7  | OrgTag:")]
    [InlineData("TitleAna Berg \u00B7 a \u00B7 b", "Title:Title | AuthorName:Ana Berg \u00B7 a | OrgSeparator: \u00B7  | OrgTag:b")]
    [InlineData("TitleAna, ", "Title:Title | AuthorName:Ana | Comma:, | AuthorName: | Whitespace: ")]
    [InlineData("TitleAna et al", "Title:Title | AuthorName:Ana | EtAl: et al")]
    [InlineData("TitleAna ET AL.", "Title:Title | AuthorName:Ana | EtAl: ET AL.")]
    [InlineData("TitleAna et.al.", "Title:Title | AuthorName:Ana | EtAl: et.al.")]
    [InlineData("Title et al.", "BylineText:Title et al.")]
    [InlineData("TitleAna | MIT, ETH Zurich", "Title:Title | AuthorName:Ana | OrgSeparator: |  | OrgTag:MIT | Comma:,  | OrgTag:ETH Zurich")]
    [InlineData("TitleAna - the rest, of a sentence that goes on and on and on", "Title:Title | AuthorName:Ana - the rest | Comma:,  | AuthorName:of a sentence that goes on and on and on")]
    [InlineData("Pre-Training - TitleAna", "Title:Pre-Training - Title | AuthorName:Ana")]
    [InlineData("TitleAna -mit", "Title:Title | AuthorName:Ana -mit")]
    [InlineData("lower case only", "BylineText:lower case only")]
    public void Tokens(string line, string expected) => Assert.Equal(expected, Lex(line));
}
