using CsCheck;
using ListingLsp.Analysis.Editing;
using ListingLsp.Syntax.Text;

namespace ListingLsp.Analysis.Tests.Editing;

public class TextEditsPropertyTests
{
    private static readonly Gen<string> Text = Gen.Char['a', 'e'].Array[0, 30].Select(c => new string(c));

    /// <summary>Ordered, non-overlapping changes on a text of the given length.</summary>
    private static Gen<TextChange[]> Changes(int length) =>
        Gen.Select(Gen.Int[0, length].Array[0, 8], Text.Array[4], (cuts, inserts) =>
        {
            Array.Sort(cuts);
            var changes = new List<TextChange>();
            for (var i = 0; i + 1 < cuts.Length; i += 2)
            {
                changes.Add(new TextChange(TextSpan.FromBounds(cuts[i], cuts[i + 1]), inserts[i / 2 % inserts.Length][..Math.Min(3, inserts[i / 2 % inserts.Length].Length)]));
            }
            return changes.ToArray();
        });

    [Fact]
    public void Composed_changes_give_the_same_text_as_applying_both_rounds() =>
        Text.SelectMany(original => Changes(original.Length).Select(first => (original, first)))
            .SelectMany(t => Changes(TextEdits.Apply(t.original, t.first).Length).Select(second => (t.original, t.first, second)))
            .Sample((original, first, second) =>
            {
                var composed = TextEdits.Compose(first, second);
                Assert.Equal(TextEdits.Apply(TextEdits.Apply(original, first), second), TextEdits.Apply(original, composed));
                Assert.True(composed.Zip(composed.Skip(1)).All(p => p.First.Span.End < p.Second.Span.Start), "composed changes are ordered and separate");
            }, iter: 2000);

    [Fact]
    public void Semantic_token_delta_rebuilds_the_new_data() =>
        Gen.Select(Gen.Int[0, 3].Array[0, 20], Gen.Int[0, 3].Array[0, 20]).Sample((previous, current) =>
        {
            var rebuilt = previous.ToList();
            foreach (var edit in SemanticTokenEncoding.Diff(previous, current))
            {
                rebuilt.RemoveRange(edit.Start, edit.DeleteCount);
                rebuilt.InsertRange(edit.Start, edit.Data);
            }
            Assert.Equal(current, rebuilt);
        }, iter: 2000);
}
