using System.Collections.Immutable;
using CsCheck;
using ListingLsp.Analysis.Editing;
using ListingLsp.Syntax.Text;

namespace ListingLsp.Analysis.Tests.Editing;

/// <summary>On any listing, broken or not, the structural features answer within the document and in the shape LSP needs.</summary>
public class StructurePropertyTests
{
    [Fact]
    public void Semantic_tokens_are_ordered_disjoint_and_on_one_line() =>
        ListingGen.Listing.Sample(text =>
        {
            var document = ListingDocument.Create(text);
            var tokens = SemanticTokenClassifier.Classify(document);
            Assert.All(tokens.Zip(tokens.Skip(1)), p => Assert.True(p.First.Span.End <= p.Second.Span.Start));
            Assert.All(tokens, t =>
            {
                Assert.True(t.Span.Length > 0 && t.Span.End <= text.Length);
                Assert.Equal(document.Text.GetLineIndex(t.Span.Start), document.Text.GetLineIndex(t.Span.End));
            });
        }, iter: 300);

    [Fact]
    public void Folds_are_within_the_document_and_nest_properly() =>
        ListingGen.Listing.Sample(text =>
        {
            var document = ListingDocument.Create(text);
            var folds = FoldingRanges.Compute(document);
            Assert.All(folds, f => Assert.True(f.StartLine < f.EndLine && f.EndLine < document.Text.LineCount));
            foreach (var a in folds)
            {
                // Two folds either nest or do not overlap.
                Assert.All(folds, b => Assert.True(
                    a.EndLine < b.StartLine || b.EndLine < a.StartLine || (a.StartLine <= b.StartLine && b.EndLine <= a.EndLine) || (b.StartLine <= a.StartLine && a.EndLine <= b.EndLine)));
            }
        }, iter: 300);

    [Fact]
    public void Selection_steps_grow_strictly_from_the_caret_to_the_file() =>
        Gen.Select(ListingGen.Listing, Gen.Int[0, 10_000]).Sample((text, seed) =>
        {
            var document = ListingDocument.Create(text);
            var offset = text.Length == 0 ? 0 : seed % (text.Length + 1);
            var steps = SelectionRanges.Compute(document, offset);
            Assert.NotEmpty(steps);
            Assert.Equal(text.Length, steps[^1].Length);
            Assert.All(steps, s => Assert.True(s.Start <= offset && offset <= s.End));
            Assert.All(steps.Zip(steps.Skip(1)), p => Assert.True(p.Second.Start <= p.First.Start && p.First.End <= p.Second.End && p.First != p.Second));
        }, iter: 300);

    [Fact]
    public void Tokens_after_an_edit_are_the_tokens_of_the_edited_text_parsed_afresh() =>
        Gen.Select(ListingGen.Listing, Gen.Int[0, 10_000], Gen.Int[0, 12], Gen.OneOf("", "x", "\n", "Ann Lee, ", " · mit", "CLAug 8, 2024\n")).Sample((text, at, length, insert) =>
        {
            var document = ListingDocument.Create(text);
            _ = SemanticTokenClassifier.Classify(document); // fills the per-entry cache
            var start = text.Length == 0 ? 0 : at % (text.Length + 1);
            var change = new TextChange(new TextSpan(start, Math.Min(length, text.Length - start)), insert);
            var edited = document.WithChange(change);
            var fresh = ListingDocument.Create(TextEdits.Apply(text, [change]));
            Assert.Equal(SemanticTokenClassifier.Classify(fresh).ToArray(), SemanticTokenClassifier.Classify(edited).ToArray());
        }, iter: 300);

    [Fact]
    public void A_category_added_by_the_settings_is_coloured_as_known()
    {
        var document = ListingDocument.Create("QXAug 8, 2024\nA TitleAnn Lee\nText.\n");
        Assert.Equal(ListingTokenModifiers.None, SemanticTokenClassifier.Classify(document)[0].Modifiers);
        var extra = document.WithOptions(document.Options with { ExtraCategories = ImmutableDictionary<string, string>.Empty.Add("QX", "Quantum Experiments") });
        Assert.Equal(ListingTokenModifiers.DefaultLibrary, SemanticTokenClassifier.Classify(extra)[0].Modifiers);
    }
}
