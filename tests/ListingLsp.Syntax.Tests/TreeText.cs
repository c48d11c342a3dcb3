using System.Text;

namespace ListingLsp.Syntax.Tests;

/// <summary>Helpers that read a tree back into text and check its structural invariants.</summary>
internal static class TreeText
{
    /// <summary>The text of every token in order: equals the file's text when the tree is lossless.</summary>
    public static string Concatenate(SyntaxTree tree)
    {
        var text = new StringBuilder();
        foreach (var token in tree.GetRoot().DescendantTokens())
        {
            text.Append(token.GetText());
        }
        return text.ToString();
    }

    /// <summary>Asserts widths add up, items start at line starts and the root covers the text.</summary>
    public static void AssertWellFormed(SyntaxTree tree)
    {
        Assert.Equal(tree.Text.Length, tree.Root.Width);
        CheckWidths(tree.Root);
        var count = 0;
        var expectedStart = tree.Root.SlotCount == 2 ? 1 : 0;
        foreach (var item in tree.Items)
        {
            Assert.True(item.Kind.IsItem(), $"{item} is not an item");
            Assert.Equal(expectedStart, item.Position);
            Assert.True(item.Position == 0 || tree.Text[item.Position - 1] is '\n' or '\r' || (item.Position == 1 && tree.Text[0] == '\uFEFF'));
            expectedStart = item.Span.End;
            count++;
        }
        Assert.Equal(tree.ItemCount, count);
        Assert.Equal(tree.Text.Length, expectedStart);
    }

    private static void CheckWidths(GreenNode node)
    {
        if (node.IsToken)
        {
            Assert.Equal(0, node.SlotCount);
            return;
        }
        var sum = 0;
        for (var i = 0; i < node.SlotCount; i++)
        {
            sum += node.GetSlot(i).Width;
            CheckWidths(node.GetSlot(i));
        }
        Assert.Equal(node.Width, sum);
    }
}
