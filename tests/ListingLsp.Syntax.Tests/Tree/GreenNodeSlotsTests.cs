namespace ListingLsp.Syntax.Tests.Tree;

/// <summary>A node gives back its children in order, however many (inline or in an array).</summary>
public class GreenNodeSlotsTests
{
    [Fact]
    public void Children_come_back_in_order_for_every_count()
    {
        for (var count = 1; count <= 70; count++)
        {
            // Distinct widths and alternating kinds, so a lost, repeated or reordered child shows.
            var children = Enumerable.Range(0, count)
                .Select(i => GreenNode.Token(i % 2 == 0 ? SyntaxKind.AuthorName : SyntaxKind.Comma, i + 1))
                .ToArray();
            var node = GreenNode.Node(SyntaxKind.AuthorList, children);

            Assert.Equal(count, node.SlotCount);
            Assert.Equal(children, node.Slots.ToArray());
            Assert.Equal(children, Enumerable.Range(0, count).Select(node.GetSlot));
            Assert.Equal(count * (count + 1) / 2, node.Width);
            Assert.Same(children[0], node.FirstSlot(SyntaxKind.AuthorName));
            Assert.Same(count > 1 ? children[1] : null, node.FirstSlot(SyntaxKind.Comma));
        }
    }

    [Fact]
    public void A_token_has_no_children() =>
        Assert.Equal(0, GreenNode.Token(SyntaxKind.Title, 5).SlotCount);
}
