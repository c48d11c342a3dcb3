namespace ListingLsp.Syntax.Tests.Tree;

/// <summary>Red nodes give absolute positions and parents, found from an offset without walking the file.</summary>
public class NavigationTests
{
    private const string Text =
        "\uFEFF# list\n" +
        "CLAug 8, 2025Code\n" +
        "Counting at ScaleAda Quist, Bo Renn et al. \u00B7 lab\n" +
        "Abstract text.\n" +
        "\n" +
        "MLMar 1, 2023";

    private static readonly SyntaxTree Tree = SyntaxTree.Parse(Text);

    [Fact]
    public void Root_holds_the_byte_order_mark_then_the_items()
    {
        var root = Tree.GetRoot();
        Assert.Equal(SyntaxKind.ListingFile, root.Kind);
        Assert.Equal([SyntaxKind.ByteOrderMark, SyntaxKind.ItemBlock], root.Children.Select(c => c.Kind));
        Assert.Equal([SyntaxKind.Comment, SyntaxKind.Entry, SyntaxKind.BlankLine, SyntaxKind.Entry], Tree.Items.Select(i => i.Kind));
        Assert.Equal(4, Tree.ItemCount);
    }

    [Fact]
    public void FindToken_returns_the_token_at_an_offset_with_its_ancestors()
    {
        var offset = Text.IndexOf("Bo Renn", StringComparison.Ordinal) + 3;
        var token = Tree.FindToken(offset)!;

        Assert.Equal(SyntaxKind.AuthorName, token.Kind);
        Assert.Equal("Bo Renn", token.GetText());
        Assert.Equal(SyntaxKind.AuthorList, token.Parent!.Kind);
        var entry = token.AncestorOrSelf(SyntaxKind.Entry)!;
        Assert.Equal(Text.IndexOf("CLAug", StringComparison.Ordinal), entry.Position);
        Assert.Equal(SyntaxKind.ListingFile, entry.AncestorOrSelf(SyntaxKind.ListingFile)!.Kind);
    }

    [Fact]
    public void FindToken_at_a_token_end_prefers_the_token_that_starts_there()
    {
        var dateEnd = Text.IndexOf("Code", StringComparison.Ordinal);
        Assert.Equal(SyntaxKind.CodeFlag, Tree.FindToken(dateEnd)!.Kind);
        Assert.Equal(SyntaxKind.Date, Tree.FindToken(Text.Length)!.Kind);
        Assert.Equal(SyntaxKind.ByteOrderMark, Tree.FindToken(0)!.Kind);
    }

    [Fact]
    public void FindItem_and_ItemsFrom_start_at_the_item_holding_the_offset()
    {
        var abstractOffset = Text.IndexOf("Abstract", StringComparison.Ordinal);
        var item = Tree.FindItem(abstractOffset)!;

        Assert.Equal(SyntaxKind.Entry, item.Kind);
        Assert.Equal("Abstract text.\n", item.FirstChild(SyntaxKind.Abstract)!.GetText());
        Assert.Equal([SyntaxKind.Entry, SyntaxKind.BlankLine, SyntaxKind.Entry], Tree.ItemsFrom(abstractOffset).Select(i => i.Kind));
        Assert.Equal(SyntaxKind.Entry, Tree.FindItem(Text.Length)!.Kind);
        Assert.Null(SyntaxTree.Parse("").FindItem(0));
        Assert.Empty(SyntaxTree.Parse("").Items);
    }

    [Fact]
    public void ItemsFrom_walks_a_large_file_in_order()
    {
        var text = string.Concat(Enumerable.Range(0, 5000).Select(i => $"# comment {i}\n"));
        var tree = SyntaxTree.Parse(text);
        var from = text.IndexOf("# comment 4321", StringComparison.Ordinal);

        var items = tree.ItemsFrom(from + 3).ToList();
        Assert.Equal(5000 - 4321, items.Count);
        Assert.Equal("# comment 4321\n", items[0].GetText());
        Assert.Equal(text.Length, items[^1].Span.End);
        Assert.All(items, i => Assert.Equal(SyntaxKind.ItemBlock, i.Parent!.Kind));
    }

    [Fact]
    public void Children_of_a_kind_and_equality_of_wrappers()
    {
        var byline = Tree.Items.ElementAt(1).FirstChild(SyntaxKind.Byline)!;
        Assert.Equal(["Ada Quist", "Bo Renn"], byline.FirstChild(SyntaxKind.AuthorList)!.ChildrenOfKind(SyntaxKind.AuthorName).Select(a => a.GetText()));
        Assert.Equal(Tree.Items.ElementAt(1), Tree.FindItem(byline.Position));
        Assert.Equal(" \u00B7 lab", byline.FirstChild(SyntaxKind.OrgList)!.GetText());
    }
}
