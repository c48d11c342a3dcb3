using System.Text;
using CsCheck;
using ListingLsp.Syntax.Tests.Incremental;
using ListingLsp.Syntax.Text;

namespace ListingLsp.Syntax.Tests.Text;

/// <summary>The parser cannot tell a UTF-8 rope from a string: full parses and edits give the string's trees.</summary>
public class Utf8RopeParseTests
{
    private static readonly Gen<string> Listing =
        Gen.Select(Gen.Bool, Gen.OneOf(ListingGen.Entry, ListingGen.Document).Array[1, 8],
            (bom, parts) => (bom ? "\uFEFF" : "") + string.Concat(parts));

    /// <summary>The UTF-8 rope of a text in small chunks, and the text it holds (lone surrogates became U+FFFD).</summary>
    private static (Rope Rope, string Text) Load(string text, int maxChunk)
    {
        var bytes = Encoding.UTF8.GetBytes(text);
        var builder = new RopeBuilder(maxChunk);
        builder.Append(bytes);
        return (builder.ToRope(), Encoding.UTF8.GetString(bytes));
    }

    [Fact]
    public void Parse_of_a_UTF8_rope_equals_parse_of_the_string() =>
        Gen.Select(Listing, Gen.Int[4, 64], Gen.Int[1, 8]).Sample((listing, maxChunk, partitions) =>
        {
            var (rope, text) = Load(listing, maxChunk);
            var tree = SyntaxTree.Parse(rope, partitions);
            Assert.Equal(SyntaxTreeDumper.Dump(SyntaxTree.Parse(text)), SyntaxTreeDumper.Dump(tree));
            TreeText.AssertWellFormed(tree);
        }, iter: 500);

    [Fact]
    public void Edits_on_a_UTF8_rope_tree_equal_a_full_parse_of_the_string() =>
        Gen.Select(Listing, Gen.Int[4, 64], IncrementalReparseTests.Edit.Array[1, 8]).Sample((listing, maxChunk, edits) =>
        {
            var (rope, text) = Load(listing, maxChunk);
            var tree = SyntaxTree.Parse(rope);
            foreach (var edit in edits)
            {
                var change = IncrementalReparseTests.ToChange(tree.Text, edit);
                text = text.Remove(change.Span.Start, change.Span.Length).Insert(change.Span.Start, change.NewText);
                tree = tree.WithChange(change);
                Assert.Equal(text, tree.Text.ToString());
                Assert.Equal(SyntaxTreeDumper.Dump(SyntaxTree.Parse(text)), SyntaxTreeDumper.Dump(tree));
                Assert.Null(tree.Text.FindInvariantViolation());
            }
        }, iter: 300);
}
