using ListingLsp.Analysis.Editing;
using ListingLsp.Syntax.Text;
using ListingLsp.Tests.Shared;

namespace ListingLsp.Analysis.Tests.Editing;

public class SemanticTokenTests
{
    [Fact]
    public void Every_token_kind_has_a_standard_type_in_the_legend()
    {
        foreach (var kind in Enum.GetValues<ListingTokenKind>())
        {
            Assert.Equal(SemanticTokenLegend.TypeOf(kind), SemanticTokenLegend.TokenTypes[SemanticTokenLegend.TypeIndex(kind)]);
        }
        Assert.Equal(SemanticTokenLegend.TokenTypes.Count, SemanticTokenLegend.TokenTypes.Distinct().Count());
    }

    [Fact]
    public void A_range_gives_exactly_the_tokens_of_the_full_result_that_overlap_it()
    {
        var document = ListingDocument.Create(File.ReadAllText(SharedFormat.ExampleListingPath));
        var full = SemanticTokenClassifier.Classify(document);
        Assert.NotEmpty(full);
        foreach (var entry in document.Entries)
        {
            var range = TextSpan.FromBounds(entry.HeaderSpan.Start + 1, entry.Span.End - 3);
            Assert.Equal(full.Where(t => t.Span.OverlapsWith(range)), SemanticTokenClassifier.Classify(document, range));
        }
    }

    [Fact]
    public void Tokens_are_ordered_and_never_overlap_or_cross_a_line()
    {
        var document = ListingDocument.Create(File.ReadAllText(SharedFormat.ExampleListingPath));
        var tokens = SemanticTokenClassifier.Classify(document);
        Assert.All(tokens.Zip(tokens.Skip(1)), p => Assert.True(p.First.Span.End <= p.Second.Span.Start));
        Assert.All(tokens, t => Assert.Equal(document.Text.GetLineIndex(t.Span.Start), document.Text.GetLineIndex(t.Span.End)));
    }

    [Fact]
    public void Encoding_is_relative_to_the_previous_token()
    {
        var document = ListingDocument.Create("CLAug 8, 2025\nA TitleAnn Lee · mit\nText.\n");
        var data = SemanticTokenEncoding.Encode(SemanticTokenClassifier.Classify(document), document.Text);
        int[] expected =
        [
            0, 0, 2, SemanticTokenLegend.TypeIndex(ListingTokenKind.Category), (int)ListingTokenModifiers.DefaultLibrary,
            0, 2, 11, SemanticTokenLegend.TypeIndex(ListingTokenKind.Date), 0,
            1, 0, 7, SemanticTokenLegend.TypeIndex(ListingTokenKind.Title), (int)ListingTokenModifiers.Declaration,
            0, 7, 7, SemanticTokenLegend.TypeIndex(ListingTokenKind.Author), 0,
            0, 8, 1, SemanticTokenLegend.TypeIndex(ListingTokenKind.OrgSeparator), 0,
            0, 2, 3, SemanticTokenLegend.TypeIndex(ListingTokenKind.OrgTag), 0,
        ];
        Assert.Equal(expected, data);
    }
}
