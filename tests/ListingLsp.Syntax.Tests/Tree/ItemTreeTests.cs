using CsCheck;

namespace ListingLsp.Syntax.Tests.Tree;

/// <summary>The persistent B-tree of items behaves like a list, stays balanced and shares what an edit does not touch.</summary>
public class ItemTreeTests
{
    private static GreenNode Item(int width) =>
        GreenNode.Node(SyntaxKind.SkippedLine, [GreenNode.Token(SyntaxKind.SkippedText, width)]);

    private static readonly Gen<(int Start, int Remove, int Insert)> Splice =
        Gen.Select(Gen.Double[0, 1], Gen.Int[0, 70], Gen.Int[0, 70], (at, remove, insert) => ((int)(at * 10_000), remove, insert));

    [Fact]
    public void Splices_behave_like_list_edits_and_keep_the_tree_balanced() =>
        Gen.Select(Gen.Int[0, 3000], Splice.Array[1, 25]).Sample((initial, splices) =>
        {
            var model = Enumerable.Range(0, initial).Select(i => Item(1 + (i % 7))).ToList();
            var tree = ItemTree.Build([.. model]);
            foreach (var (at, remove, insert) in splices)
            {
                var start = model.Count == 0 ? 0 : at % (model.Count + 1);
                var count = Math.Min(remove, model.Count - start);
                var inserted = Enumerable.Range(0, insert).Select(i => Item(1 + i)).ToList();
                tree = ItemTree.Splice(tree, start, count, inserted);
                model.RemoveRange(start, count);
                model.InsertRange(start, inserted);
                AssertShape(tree, model);
            }
        }, iter: 150);

    [Fact]
    public void A_splice_copies_only_the_path_to_the_replaced_items()
    {
        var items = Enumerable.Range(0, 100_000).Select(i => Item(1 + (i % 5))).ToList();
        var tree = ItemTree.Build(items);
        var edited = ItemTree.Splice(tree, 50_000, 1, [Item(3)]);

        var fresh = CountFreshBlocks(edited, SharedBlocks(tree));
        Assert.True(fresh <= edited.Height + 1, $"{fresh} new blocks for a tree of height {edited.Height}");
        Assert.Same(items[49_999], Leaves(edited).ElementAt(49_999));
    }

    [Fact]
    public void Locate_finds_the_item_holding_an_offset()
    {
        var items = Enumerable.Range(0, 1000).Select(_ => Item(3)).ToList();
        var tree = ItemTree.Build(items);

        Assert.True(ItemTree.TryLocate(tree, 1500, out var item, out var index, out var start));
        Assert.Equal((500, 1500), (index, start));
        Assert.Same(items[500], item);
        Assert.True(ItemTree.TryLocate(tree, 3000, out _, out index, out start));
        Assert.Equal((999, 2997), (index, start));
        Assert.False(ItemTree.TryLocate(ItemBlock.Empty, 0, out _, out _, out _));
    }

    private static void AssertShape(ItemBlock tree, List<GreenNode> model)
    {
        Assert.Equal(model.Count, tree.ItemCount);
        Assert.Equal(model.Sum(i => i.Width), tree.Width);
        Assert.Equal(model, Leaves(tree));
        // Balanced: all leaves at one depth, and the depth logarithmic in the item count.
        Assert.True(tree.Height <= 1 + Math.Log(Math.Max(1, model.Count), 4), $"height {tree.Height} for {model.Count} items");
        CheckBlock(tree);
    }

    private static void CheckBlock(ItemBlock block)
    {
        Assert.InRange(block.SlotCount, block.ItemCount == 0 ? 0 : 1, ItemTree.MaxFanout);
        foreach (var slot in block.Slots)
        {
            if (block.Height > 0)
            {
                var child = Assert.IsType<ItemBlock>(slot);
                Assert.Equal(block.Height - 1, child.Height);
                CheckBlock(child);
            }
            else
            {
                Assert.True(slot.Kind.IsItem());
            }
        }
    }

    private static IEnumerable<GreenNode> Leaves(GreenNode block) =>
        block is ItemBlock ? block.Slots.ToArray().SelectMany(Leaves) : [block];

    private static HashSet<GreenNode> SharedBlocks(ItemBlock tree)
    {
        var set = new HashSet<GreenNode>(ReferenceEqualityComparer.Instance);
        void Walk(GreenNode node)
        {
            if (node is ItemBlock && set.Add(node))
            {
                foreach (var slot in node.Slots)
                {
                    Walk(slot);
                }
            }
        }
        Walk(tree);
        return set;
    }

    private static int CountFreshBlocks(GreenNode node, HashSet<GreenNode> old)
    {
        if (node is not ItemBlock || old.Contains(node))
        {
            return 0;
        }
        var fresh = 1;
        foreach (var slot in node.Slots)
        {
            fresh += CountFreshBlocks(slot, old);
        }
        return fresh;
    }
}
