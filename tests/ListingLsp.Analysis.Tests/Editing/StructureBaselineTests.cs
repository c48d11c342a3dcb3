using ListingLsp.Analysis.Editing;
using ListingLsp.Tests.Shared;

namespace ListingLsp.Analysis.Tests.Editing;

/// <summary>Folding, semantic tokens, links and inlay hints of each sample, one expectation file per feature.</summary>
public class StructureBaselineTests
{
    public static TheoryData<string> Cases => Baseline.Cases("editing/features");

    [Theory]
    [MemberData(nameof(Cases))]
    public void Folding_ranges(string file)
    {
        var document = EditingRender.Load(file);
        var text = document.Text;
        var folds = FoldingRanges.Compute(document).Select(f =>
            $"{f.StartLine + 1}-{f.EndLine + 1} {f.Kind}: {EditingRender.Quote(text.ToString(text.GetLineStart(f.StartLine), text.GetLineEnd(f.StartLine) - text.GetLineStart(f.StartLine)))}");
        Baseline.Verify(Path.ChangeExtension(file, ".folding.txt"), EditingRender.Lines(folds));
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void Semantic_tokens(string file)
    {
        var document = EditingRender.Load(file);
        var tokens = SemanticTokenClassifier.Classify(document).Select(t =>
            $"{EditingRender.Span(document.Text, t.Span)} {t.Kind} ({SemanticTokenLegend.TypeOf(t.Kind)}{(t.Modifiers == ListingTokenModifiers.None ? "" : ", " + t.Modifiers)})");
        Baseline.Verify(Path.ChangeExtension(file, ".tokens.txt"), EditingRender.Lines(tokens));
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void Document_links(string file)
    {
        var document = EditingRender.Load(file);
        var links = DocumentLinks.Compute(document).Select(l => $"{EditingRender.Span(document.Text, l.Span)} -> {l.Target}");
        Baseline.Verify(Path.ChangeExtension(file, ".links.txt"), EditingRender.Lines(links));
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void Inlay_hints(string file)
    {
        var document = EditingRender.Load(file);
        var hints = InlayHints.Compute(document).Select(h =>
        {
            var at = document.Text.GetPosition(h.Offset);
            return $"{at.Line + 1}:{at.Character + 1} {EditingRender.Quote(h.Label)} ({h.Tooltip})";
        });
        Baseline.Verify(Path.ChangeExtension(file, ".hints.txt"), EditingRender.Lines(hints));
    }
}
