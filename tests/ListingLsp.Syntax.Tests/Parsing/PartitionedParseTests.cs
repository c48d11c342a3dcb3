using System.Text;
using CsCheck;
using ListingLsp.Syntax.Parsing;
using ListingLsp.Syntax.Tests.Incremental;
using ListingLsp.Syntax.Text;

namespace ListingLsp.Syntax.Tests.Parsing;

/// <summary>A full parse cut into pieces parsed in parallel gives exactly the tree a sequential parse gives.</summary>
public class PartitionedParseTests
{
    /// <summary>Listing-like text, longer than one item so there is room to cut, with or without a BOM and a final break.</summary>
    private static readonly Gen<string> Text =
        Gen.Select(Gen.Bool, Gen.OneOf(ListingGen.Entry, ListingGen.Document).Array[1, 8], Gen.Bool,
            (bom, parts, trimEnd) =>
            {
                var text = string.Concat(parts);
                return (bom ? "\uFEFF" : "") + (trimEnd ? text.TrimEnd('\r', '\n') : text);
            });

    [Fact]
    public void Partitioned_parse_equals_sequential_parse() =>
        Gen.Select(Text, Gen.Int[2, 64]).Sample((text, partitions) =>
        {
            var rope = Rope.From(text);
            var sequential = SyntaxTree.Parse(rope, 1);
            var partitioned = SyntaxTree.Parse(rope, partitions);

            Assert.Equal(SyntaxTreeDumper.Dump(sequential), SyntaxTreeDumper.Dump(partitioned));
            Assert.Equal(sequential.ItemCount, partitioned.ItemCount);
            Assert.Equal(Shape(sequential.Root), Shape(partitioned.Root));
            TreeText.AssertWellFormed(partitioned);
        }, iter: 1500);

    [Fact]
    public void Edits_on_a_partitioned_tree_equal_a_full_parse() =>
        Gen.Select(Text, Gen.Int[2, 64], IncrementalReparseTests.Edit.Array[1, 8]).Sample((text, partitions, edits) =>
        {
            var tree = SyntaxTree.Parse(Rope.From(text), partitions);
            foreach (var edit in edits)
            {
                tree = tree.WithChange(IncrementalReparseTests.ToChange(tree.Text, edit));
                Assert.Equal(SyntaxTreeDumper.Dump(SyntaxTree.Parse(tree.Text.ToString())), SyntaxTreeDumper.Dump(tree));
                TreeText.AssertWellFormed(tree);
            }
        }, iter: 800);

    [Fact]
    public void Many_entries_are_cut_into_as_many_pieces_and_keep_every_item()
    {
        var text = new StringBuilder("\uFEFF# papers\n");
        for (var i = 0; i < 500; i++)
        {
            text.Append(i % 7 == 0 ? "CLMay 2, 2024\r\nBroken entry, no byline\n\n" : $"MLJun {1 + (i % 28)}, 2023Code\nPaper {i}Ada Quist\nWe study case {i}.\n");
        }
        var rope = Rope.From(text.ToString());

        var partitioned = SyntaxTree.Parse(rope, 32);

        var cuts = ListingParser.Cuts(rope, 1, 32);
        Assert.Equal(33, cuts.Count);
        Assert.All(cuts[1..^1], cut => Assert.True(rope[cut - 1] == '\n' && rope[cut] is 'C' or 'M', $"cut at {cut} is not a header line"));

        Assert.Equal(SyntaxTreeDumper.Dump(SyntaxTree.Parse(rope, 1)), SyntaxTreeDumper.Dump(partitioned));
        Assert.Equal(Shape(SyntaxTree.Parse(rope, 1).Root), Shape(partitioned.Root));
    }

    /// <summary>The item B-tree's block layout (heights and fan-outs), which the dump leaves out.</summary>
    private static string Shape(GreenNode node)
    {
        var shape = new StringBuilder();
        void Walk(GreenNode n)
        {
            if (n is not ItemBlock block)
            {
                return;
            }
            shape.Append('(').Append(block.Height).Append(':').Append(block.SlotCount);
            foreach (var child in block.Slots)
            {
                Walk(child);
            }
            shape.Append(')');
        }
        Walk(node.GetSlot(node.SlotCount - 1));
        return shape.ToString();
    }
}
