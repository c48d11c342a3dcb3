using CsCheck;
using ListingLsp.Syntax.Text;

namespace ListingLsp.Syntax.Tests.Tree;

/// <summary>
/// The annotation slot the analysis caches in: entries and item blocks (one text each) keep what is written
/// there; every other node, shared between texts, drops it, so nothing written can reach another text.
/// </summary>
public class AnnotationSlotTests
{
    [Fact]
    public void Only_entries_and_item_blocks_keep_an_annotation() =>
        ListingGen.Document.Sample(text =>
        {
            // The empty block is one object for every tree without items: not written here.
            foreach (var node in Nodes(SyntaxTree.Parse(text).Root).Where(n => n.Kind != SyntaxKind.ItemBlock || n.SlotCount > 0))
            {
                Assert.Null(node.Annotation);
                var annotation = new object();
                node.Annotation = annotation;
                Assert.Same(node.Kind is SyntaxKind.Entry or SyntaxKind.ItemBlock ? annotation : null, node.Annotation);
            }
        });

    [Fact]
    public void An_entry_the_edit_did_not_touch_keeps_its_annotation_and_a_reparsed_one_starts_empty()
    {
        const string Entry = "CLAug 8, 2025\nTitleAna\nAbstract.\n\n";
        var tree = SyntaxTree.Parse(Entry + Entry);
        var entries = tree.Items.Where(i => i.Kind == SyntaxKind.Entry).Select(i => i.Green).ToList();
        foreach (var entry in entries)
        {
            entry.Annotation = entry;
        }

        var edited = tree.WithChange(new TextChange(new TextSpan(Entry.Length + 25, 1), "b"))
            .Items.Where(i => i.Kind == SyntaxKind.Entry).Select(i => i.Green).ToList();

        Assert.Same(entries[0], edited[0].Annotation);
        Assert.Null(edited[1].Annotation);
    }

    private static IEnumerable<GreenNode> Nodes(GreenNode node) =>
        node.Slots.ToArray().SelectMany(Nodes).Prepend(node);
}
