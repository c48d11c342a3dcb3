using System.Text;
using CsCheck;
using ListingLsp.Syntax.Text;

namespace ListingLsp.Syntax.Tests.Text;

/// <summary>A rope built from UTF-8 pieces equals the rope of the decoded string, however the bytes are split.</summary>
public class RopeBuilderPropertyTests
{
    /// <summary>Long enough to cut leaves while bytes are still arriving, even with the largest test chunks.</summary>
    private static readonly Gen<string> Text = RopePropertyTests.Piece.Array[0, 500].Select(string.Concat);

    /// <summary>Bytes that are often invalid UTF-8: stray continuations, truncated and overlong leads, surrogates.</summary>
    private static readonly Gen<byte[]> Bytes = Gen.OneOf(
            Gen.Byte,
            Gen.OneOf<byte>(0x80, 0xBF, 0xC0, 0xC2, 0xDF, 0xE0, 0xED, 0xEF, 0xBB, 0xF0, 0xF4, 0xF5, 0xFF, 0x0D, 0x0A, 0x61))
        .Array[0, 400];

    /// <summary>Cut points into a byte array, mapped onto its length when used (repeats give empty pieces).</summary>
    private static readonly Gen<int[]> Cuts = Gen.Int[0, int.MaxValue].Array[0, 10];

    [Fact]
    public void Any_split_of_the_UTF8_of_a_text_builds_the_rope_of_that_text() =>
        Gen.Select(Text, Cuts, Gen.Int[4, 16], Gen.Int[4, 6]).Sample((text, cuts, maxChunk, maxFanout) =>
        {
            var bytes = Encoding.UTF8.GetBytes(text);
            // UTF-8 has no lone surrogates: encoding made them U+FFFD.
            var expected = Encoding.UTF8.GetString(bytes);
            var builder = new RopeBuilder(maxChunk, maxFanout);
            foreach (var piece in Split(bytes, cuts))
            {
                builder.Append(piece);
            }
            Assert.Equal(expected.Length, builder.Utf16Length);
            RopeAssert.Matches(expected, builder.ToRope());
        }, iter: 300);

    [Fact]
    public void Invalid_UTF8_decodes_as_Encoding_GetString_does() =>
        Gen.Select(Bytes, Cuts, Gen.Int[4, 16], Gen.Int[4, 6]).Sample((bytes, cuts, maxChunk, maxFanout) =>
            RopeAssert.Matches(Encoding.UTF8.GetString(bytes), Build(Split(bytes, cuts), maxChunk, maxFanout)), iter: 300);

    [Fact]
    public void Byte_and_char_pieces_append_in_order() =>
        Gen.Select(Gen.OneOf(Bytes.Select(b => (object)b), RopePropertyTests.LongText.Select(s => (object)s)).Array[0, 6], Gen.Int[4, 16])
            .Sample((pieces, maxChunk) =>
            {
                var builder = new RopeBuilder(maxChunk);
                var expected = new StringBuilder();
                var bytes = new List<byte>();
                foreach (var piece in pieces)
                {
                    if (piece is byte[] utf8)
                    {
                        builder.Append(utf8);
                        bytes.AddRange(utf8);
                        continue;
                    }
                    builder.Append(((string)piece).AsSpan());
                    // A run of byte pieces decodes as one byte string; text after it ends the run.
                    expected.Append(Encoding.UTF8.GetString([.. bytes])).Append((string)piece);
                    bytes.Clear();
                }
                expected.Append(Encoding.UTF8.GetString([.. bytes]));
                RopeAssert.Matches(expected.ToString(), builder.ToRope());
            });

    [Fact]
    public void Random_edits_on_a_UTF8_rope_equal_the_same_edits_on_a_string() =>
        RopePropertyTests.RandomEditsMatchTheModel((text, maxChunk, maxFanout) =>
        {
            var bytes = Encoding.UTF8.GetBytes(text);
            return (Build([bytes], maxChunk, maxFanout), Encoding.UTF8.GetString(bytes));
        });

    [Fact]
    public void Large_text_streams_into_default_chunks_that_match_the_string_rope()
    {
        var pieces = new[] { "entry text ", "\r\n", "\n", "\r", "\u00E9", "\u20AC", "\U0001F600", new string('x', 100) };
        var random = new Random(11);
        var text = string.Concat(Enumerable.Range(0, 30_000).Select(_ => pieces[random.Next(pieces.Length)]));
        var bytes = Encoding.UTF8.GetBytes(text);
        var builder = new RopeBuilder();
        for (var at = 0; at < bytes.Length;)
        {
            var size = Math.Min(random.Next(1, 20_000), bytes.Length - at);
            builder.Append(bytes.AsSpan(at, size));
            at += size;
        }
        var rope = builder.ToRope();

        Assert.True(rope.LeafCount > 100, $"{rope.LeafCount} leaves");
        RopeAssert.SameAs(Rope.From(text), rope);
        RopeAssert.SameAs(Rope.From(text), Rope.FromUtf8(bytes));
    }

    private static Rope Build(IEnumerable<byte[]> pieces, int maxChunk, int maxFanout)
    {
        var builder = new RopeBuilder(maxChunk, maxFanout);
        foreach (var piece in pieces)
        {
            builder.Append(piece);
        }
        return builder.ToRope();
    }

    private static List<byte[]> Split(byte[] bytes, int[] cuts)
    {
        var pieces = new List<byte[]>();
        var previous = 0;
        foreach (var cut in cuts.Select(c => c % (bytes.Length + 1)).Order())
        {
            pieces.Add(bytes[previous..cut]);
            previous = cut;
        }
        pieces.Add(bytes[previous..]);
        return pieces;
    }
}
