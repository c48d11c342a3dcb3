using ListingLsp.Analysis.Editing;

namespace ListingLsp.Analysis.Tests.Editing;

public class ListingSymbolsTests
{
    private const string Listing = "CLAug 8, 2025\nA TitleAnn Lee, Bo Li · mit\nAnn Lee in prose.\n";

    [Theory]
    [InlineData(0)]      // category
    [InlineData(16)]     // title
    [InlineData(44)]     // abstract
    public void Only_authors_and_org_tags_are_symbols(int offset) =>
        Assert.Null(ListingSymbols.At(ListingDocument.Create(Listing), offset));

    [Theory]
    [InlineData(21, "Ann Lee")]  // inside
    [InlineData(28, "Ann Lee")]  // touching the end, before the comma
    [InlineData(30, "Bo Li")]    // at the start of the second name
    public void The_author_under_the_caret_is_found(int offset, string name)
    {
        var symbol = ListingSymbols.At(ListingDocument.Create(Listing), offset);
        Assert.Equal(ListingSymbolKind.Author, symbol?.Kind);
        Assert.Equal(name, symbol?.Text);
    }

    [Fact]
    public void Renaming_to_the_same_name_changes_nothing()
    {
        var document = ListingDocument.Create(Listing);
        var result = SymbolRename.Rename(document, ListingSymbolKind.Org, "mit", "MIT");
        Assert.Null(result.Error);
        Assert.Empty(result.Changes);
    }
}
