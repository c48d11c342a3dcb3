using System.Text.Json;
using CsCheck;
using ListingLsp.Analysis;
using ListingLsp.Server.Diagnostics;
using ListingLsp.Server.Documents;
using ListingLsp.Server.Protocol;
using ListingLsp.Syntax.Text;

namespace ListingLsp.Server.Tests.Diagnostics;

/// <summary>
/// The cached, pre-serialized diagnostics are exactly a fresh conversion of the list: after any edits
/// (lines added or removed above cached groups, entries made and broken, ignore directives that hide
/// findings further down, duplicates that add document-wide findings), in every position encoding.
/// </summary>
public sealed class DiagnosticsCacheTests
{
    private const string Uri = "file:///cache.listing";

    private static readonly string[] Encodings = [PositionEncodingKind.Utf8, PositionEncodingKind.Utf16, PositionEncodingKind.Utf32];

    /// <summary>Items of a listing: clean entries, entries with findings, duplicates, directives, stray lines, sections.</summary>
    private static readonly Gen<string> Item = Gen.Int[0, 999].SelectMany(n => Gen.OneOf(
        Gen.Const($"CLAug 8, 2024\nBrittle Mirrors {n}Hana Ito · kelvin-institute\nWe look at mirrors.\n"),
        Gen.Const($"LGJan 9, 2022\nTired Optimizers {n}Zoë Ünal, 王芳 · lumen-lab\nOptimizers 😀 slow down.\n"),
        Gen.Const($"CL2024-08-08\nBad Dates {n}Ana Díaz · mit\nSome text.\n"),
        Gen.Const($"XXAug 8, 2024Code\nUnknown Category {n}Bo Li, Bo Li · MIT\nNo link here.\n"),
        Gen.Const($"CVMar 3, 2023\nEmpty Names {n}Ana Díaz, , Bo Li et al · mit, mit\nText.\n"),
        Gen.Const("CLNov 14, 2023\nQuiet Tokens Speak LouderTobias Renn · northfield\nPruning tokens.\n"),
        Gen.Const("# listing-ignore LST031 LST014\n"),
        Gen.Const("# listing-ignore LST999\n"),
        Gen.Const("# listing-ignore-file LST013\n"),
        Gen.Const($"a stray line {n}\n"),
        Gen.Const($"## Part {n}\n"),
        Gen.Const("\n")));

    private static readonly Gen<string> Listing = Item.Array[40, 160].Select(string.Concat);

    /// <summary>What an edit inserts: a character, line breaks, wide characters, whole items, an ignore directive.</summary>
    private static readonly Gen<string> Insert = Gen.OneOf(
        Gen.Const("e"), Gen.Const("\n"), Gen.Const("\n\n"), Gen.Const("é😀"), Gen.Const(""), Gen.Const("# listing-ignore LST031 LST014 LST005\n"), Item);

    /// <summary>Where (a fraction of the text; at a line's start when <c>LineStart</c>), how much to delete, what to insert.</summary>
    private static readonly Gen<(double At, bool LineStart, int Delete, string Insert)> Edit =
        Gen.Select(Gen.Double[0, 1], Gen.Bool, Gen.OneOf(Gen.Const(0), Gen.Int[0, 60]), Insert);

    [Fact]
    public void Cached_diagnostics_equal_a_fresh_conversion_after_every_edit()
    {
        Gen.Select(Listing, Edit.Array[1, 8], Gen.Int[0, 2]).Sample((text, edits, encoding) =>
        {
            var positions = new PositionConverter(Encodings[encoding]);
            var cache = new DiagnosticsCache();
            var snapshot = new DocumentSnapshot(Uri, 1, ListingDocument.Create(text));
            AssertFresh(cache, snapshot, positions);
            foreach (var (at, lineStart, delete, insert) in edits)
            {
                var rope = snapshot.Document.Text;
                var start = Start(rope, at, lineStart);
                var end = Boundary(rope, Math.Min(rope.Length, start + delete));
                var document = snapshot.Document.WithChange(new TextChange(TextSpan.FromBounds(start, end), insert));
                snapshot = snapshot with { Version = snapshot.Version + 1, Document = document };
                AssertFresh(cache, snapshot, positions);
            }
        }, iter: 300);
    }

    [Fact]
    public void Fingerprints_follow_the_diagnostics_not_the_cache()
    {
        Gen.Select(Listing, Edit).Sample((text, edit) =>
        {
            var positions = PositionConverter.Utf16;
            var cache = new DiagnosticsCache();
            var before = new DocumentSnapshot(Uri, 1, ListingDocument.Create(text));
            var first = cache.Serialize(Uri, before, positions).Fingerprint();
            var start = Start(before.Document.Text, edit.At, edit.LineStart);
            var after = before with { Version = 2, Document = before.Document.WithChange(new TextChange(new TextSpan(start, 0), edit.Insert)) };
            var cached = cache.Serialize(Uri, after, positions).Fingerprint();
            Assert.Equal(new DiagnosticsCache().Serialize(Uri, after, positions).Fingerprint(), cached);
            Assert.Equal(Json(Fresh(before, positions)) == Json(Fresh(after, positions)), first == cached);
        }, iter: 100);
    }

    /// <summary>The cache's list, the list read by index (no grouping involved) and the list enumerated are one JSON text.</summary>
    private static void AssertFresh(DiagnosticsCache cache, DocumentSnapshot snapshot, PositionConverter positions)
    {
        var expected = Json(Fresh(snapshot, positions));
        var serialized = cache.Serialize(Uri, snapshot, positions);
        Assert.Equal(expected, JsonSerializer.Serialize(serialized, LspJsonContext.Default.SerializedDiagnostics));
        Assert.Equal(expected, Json([.. snapshot.Document.GetDiagnostics().Select(f => DiagnosticConverter.Convert(snapshot, positions, f))]));
    }

    private static Diagnostic[] Fresh(DocumentSnapshot snapshot, PositionConverter positions)
    {
        var findings = snapshot.Document.GetDiagnostics();
        return [.. Enumerable.Range(0, findings.Count).Select(i => DiagnosticConverter.Convert(snapshot, positions, findings[i]))];
    }

    private static string Json(Diagnostic[] diagnostics) => JsonSerializer.Serialize(diagnostics, LspJsonContext.Default.DiagnosticArray);

    private static int Start(Rope text, double at, bool lineStart)
    {
        var offset = Boundary(text, (int)(at * text.Length));
        return lineStart ? text.GetLineStart(text.GetLineIndex(offset)) : offset;
    }

    /// <summary>An offset moved off the middle of a surrogate pair.</summary>
    private static int Boundary(Rope text, int offset) =>
        offset > 0 && offset < text.Length && char.IsLowSurrogate(text[offset]) ? offset - 1 : offset;
}
