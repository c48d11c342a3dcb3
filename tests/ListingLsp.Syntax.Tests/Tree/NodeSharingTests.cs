using ListingLsp.Syntax.Text;

namespace ListingLsp.Syntax.Tests.Tree;

/// <summary>Analysis caches per item node: an item object must never stand for two texts.</summary>
public class NodeSharingTests
{
    [Fact]
    public void Items_of_equal_shape_are_distinct_objects_but_their_parts_may_be_shared()
    {
        const string Entry = "CLAug 8, 2025\nTitleAna\nSame abstract.\n";
        var tree = SyntaxTree.Parse("# ab\n# xy\n# listing-ignore LST004\n# listing-ignore LST031\nstray\nstray\n" + Entry + Entry);
        var items = tree.Items.Select(i => i.Green).ToList();

        Assert.Equal(items.Count, items.Distinct(ReferenceEqualityComparer.Instance).Count());
        var entries = items.Where(i => i.Kind == SyntaxKind.Entry).ToList();
        Assert.Same(entries[0].FirstSlot(SyntaxKind.Header), entries[1].FirstSlot(SyntaxKind.Header));
    }

    [Fact]
    public void Reparsing_the_same_entry_text_gives_a_new_entry_object()
    {
        var tree = SyntaxTree.Parse("CLAug 8, 2025\nTitleAna\nAbstract.\n");
        var retyped = tree.WithChange(new TextChange(new TextSpan(25, 1), "b"));

        Assert.NotSame(tree.Items.Single().Green, retyped.Items.Single().Green);
    }
}
