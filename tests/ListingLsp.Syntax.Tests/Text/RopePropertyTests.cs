using CsCheck;
using ListingLsp.Syntax.Text;

namespace ListingLsp.Syntax.Tests.Text;

public class RopePropertyTests
{
    /// <summary>Pieces that stress chunk boundaries: breaks of every kind, surrogate pairs (also halves), BOM,
    /// and chars of every UTF-8 length.</summary>
    internal static readonly Gen<string> Piece = Gen.OneOf(
        "a", "b", "xyz", "hello world ", "\r", "\n", "\r\n", "\n\r", "\U0001F600", "\uD83D", "\uDE00", "\uFEFF", string.Empty,
        "\u00E9", "\u20AC");

    private static readonly Gen<string> Text = Piece.Array[0, 12].Select(string.Concat);

    internal static readonly Gen<string> LongText = Piece.Array[0, 80].Select(string.Concat);

    /// <summary>An edit as raw numbers, mapped onto the current text when applied; 1 in 20 replaces everything.</summary>
    private static readonly Gen<(int Start, int Length, bool Big, bool Whole, string Text)> Edit = Gen.Select(
        Gen.Int[0, int.MaxValue], Gen.Int[0, 6], Gen.Int[0, 9], Gen.Int[0, 19], Gen.Frequency((4, Text), (1, LongText)),
        (start, length, big, whole, text) => (start, length, big == 0, whole == 0, text));

    [Fact]
    public void Random_edits_keep_the_rope_equal_to_a_string_model() =>
        RandomEditsMatchTheModel((text, maxChunk, maxFanout) => (Rope.From(text, maxChunk, maxFanout), text));

    /// <summary>
    /// Loads a random text with <paramref name="load"/> (which returns the rope and the text it should hold),
    /// then applies random edits to the rope and to that text, checking every observable after each one.
    /// </summary>
    internal static void RandomEditsMatchTheModel(Func<string, int, int, (Rope Rope, string Text)> load) =>
        Gen.Select(LongText, Gen.Int[4, 16], Gen.Int[4, 6], Edit.Array[1, 25])
            .Sample((initial, maxChunk, maxFanout, edits) =>
            {
                var (rope, model) = load(initial, maxChunk, maxFanout);
                RopeAssert.Matches(model, rope);
                foreach (var edit in edits)
                {
                    var start = edit.Whole ? 0 : edit.Start % (model.Length + 1);
                    var length = edit.Whole ? model.Length
                        : edit.Big ? (model.Length - start) / 2 : Math.Min(edit.Length, model.Length - start);
                    model = model.Remove(start, length).Insert(start, edit.Text);
                    rope = rope.Replace(start, length, edit.Text);
                    RopeAssert.Matches(model, rope);
                }
            }, iter: 300);

    [Fact]
    public void Any_text_loads_into_a_valid_rope()
    {
        Gen.Select(LongText, Gen.Int[4, 16], Gen.Int[4, 16])
            .Sample((text, maxChunk, maxFanout) => RopeAssert.Matches(text, Rope.From(text, maxChunk, maxFanout)));
    }

    [Fact]
    public void Any_text_loads_into_a_valid_rope_with_default_chunks()
    {
        LongText.Sample(text => RopeAssert.Matches(text, Rope.From(text)));
    }

    [Fact]
    public void Vectorised_break_count_agrees_with_the_model_at_every_alignment()
    {
        LongText.Sample(text =>
        {
            for (var skip = 0; skip < Math.Min(text.Length, 40); skip++)
            {
                Assert.Equal(new TextModel(text[skip..]).Lines.Count - 1, LineBreaks.Count(text.AsSpan(skip)));
            }
        });
    }

    [Fact]
    public void Old_versions_are_unchanged_by_later_edits()
    {
        Gen.Select(LongText, Edit.Array[1, 10]).Sample((initial, edits) =>
        {
            var versions = new List<(Rope Rope, string Text)> { (Rope.From(initial, 4, 4), initial) };
            foreach (var edit in edits)
            {
                var (rope, text) = versions[^1];
                var start = edit.Start % (text.Length + 1);
                var length = Math.Min(edit.Length, text.Length - start);
                versions.Add((rope.Replace(start, length, edit.Text), text.Remove(start, length).Insert(start, edit.Text)));
            }
            Assert.All(versions, v => Assert.Equal(v.Text, v.Rope.ToString()));
        });
    }
}
