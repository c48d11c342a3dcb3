using CsCheck;
using ListingLsp.Server.Documents;
using ListingLsp.Server.Protocol;
using ListingLsp.Syntax.Text;
using Microsoft.Extensions.Logging.Abstractions;

namespace ListingLsp.Server.Tests;

/// <summary>
/// Invariants of the protocol boundary: positions survive the round trip in every encoding, and a
/// didChange carrying many incremental edits leaves exactly the text that applying them to a plain
/// string gives (edits apply in order, each against the text the previous one left).
/// </summary>
public sealed class PositionPropertyTests
{
    private static readonly string[] Encodings = [PositionEncodingKind.Utf8, PositionEncodingKind.Utf16, PositionEncodingKind.Utf32];

    /// <summary>Text pieces with 1-, 2-, 3- and 4-byte UTF-8 characters (the last a surrogate pair) and line breaks.</summary>
    private static readonly Gen<string> Piece = Gen.OneOf(
        Gen.Const("a"), Gen.Const("Z"), Gen.Const(" "), Gen.Const("é"), Gen.Const("·"), Gen.Const("王"), Gen.Const("😀"), Gen.Const("\n"), Gen.Const("CLAug 8, 2024\n"));

    private static readonly Gen<string> Text = Piece.Array[0, 40].Select(p => string.Concat(p));

    [Fact]
    public void A_cursor_gives_the_positions_random_access_gives_in_any_order()
    {
        Gen.Select(Text.Select(t => t.Replace("a\n", "a\r\n", StringComparison.Ordinal)), Gen.Int[0, 2], Gen.Int[0, 1000].Array[0, 30]).Sample((text, encoding, picks) =>
        {
            var rope = Rope.From(text);
            var converter = new PositionConverter(Encodings[encoding]);
            // Mostly ascending, as whole-document answers ask, with a step back now and then.
            var offsets = picks.Select(p => p % (text.Length + 1)).Order().ToList();
            offsets.AddRange(picks.Take(3).Select(p => p % (text.Length + 1)));
            var cursor = converter.Cursor(rope);
            foreach (var offset in offsets)
            {
                Assert.Equal(converter.ToPosition(rope, offset), cursor.ToPosition(offset));
            }
        });
    }

    [Fact]
    public void Offsets_round_trip_through_positions_in_every_encoding()
    {
        Gen.Select(Text.Select(t => t.Replace("a\n", "a\r\n", StringComparison.Ordinal)), Gen.Int[0, 2]).Sample((text, encoding) =>
        {
            var rope = Rope.From(text);
            var converter = new PositionConverter(Encodings[encoding]);
            for (var offset = 0; offset <= text.Length; offset++)
            {
                if (IsInsidePair(text, offset))
                {
                    continue;
                }
                var position = converter.ToPosition(rope, offset);
                Assert.Equal(offset, converter.ToOffset(rope, position));
            }
        });
    }

    [Fact]
    public void Incremental_changes_apply_in_order_like_string_edits()
    {
        var edits = Gen.Select(Gen.Double[0, 1], Gen.Double[0, 1], Text).Array[1, 6];
        Gen.Select(Text, edits, Gen.Int[0, 2]).Sample((initial, steps, encoding) =>
        {
            var store = new DocumentStore(new AnalysisOptionsProvider(TimeProvider.System), NullLogger<DocumentStore>.Instance)
            {
                Positions = new PositionConverter(Encodings[encoding]),
            };
            store.Open(new TextDocumentItem("file:///p.listing", "listing", 1, initial));
            var expected = initial;
            var changes = new List<TextDocumentContentChangeEvent>();
            foreach (var (a, b, insert) in steps)
            {
                var start = Boundary(expected, (int)(a * expected.Length));
                var end = Boundary(expected, start + (int)(b * (expected.Length - start)));
                var rope = Rope.From(expected);
                changes.Add(new TextDocumentContentChangeEvent(insert, store.Positions.ToRange(rope, TextSpan.FromBounds(start, end))));
                expected = expected[..start] + insert + expected[end..];
            }
            store.Change(new DidChangeTextDocumentParams(new VersionedTextDocumentIdentifier("file:///p.listing", 2), changes));
            var snapshot = store.Find("file:///p.listing")!;
            Assert.Equal(2, snapshot.Version);
            Assert.Equal(expected, snapshot.Document.Text.ToString());
        });
    }

    /// <summary>Offsets inside a surrogate pair or a CRLF have no position of their own.</summary>
    private static bool IsInsidePair(string text, int offset) =>
        offset > 0 && offset < text.Length &&
        ((char.IsHighSurrogate(text[offset - 1]) && char.IsLowSurrogate(text[offset])) || (text[offset - 1] == '\r' && text[offset] == '\n'));

    private static int Boundary(string text, int offset) => IsInsidePair(text, offset) ? offset - 1 : offset;
}
