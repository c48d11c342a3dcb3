using CsCheck;
using ListingLsp.Syntax.Text;

namespace ListingLsp.Analysis.Tests;

/// <summary>A document edited step by step analyses exactly like the same text analysed from scratch.</summary>
public sealed class IncrementalTests
{
    private static string Show(ListingDocument d) => TestSupport.Render(d) + string.Join("\n", d.Entries.Select(e => $"{e.Line} {e.Span} {e.Title} {e.Date}"));

    [Fact]
    public void Incremental_analysis_equals_fresh_analysis_after_random_edits() =>
        ListingGen.Text.SelectMany(text => Gen.Int[1, 6].SelectMany(n => Gen.Int[0, int.MaxValue].Array[n].Select(seeds => (text, seeds))))
            .Sample(c =>
            {
                var document = TestSupport.Parse(c.text);
                _ = document.GetDiagnostics().Count;
                foreach (var seed in c.seeds)
                {
                    var length = document.Text.Length;
                    var start = seed % (length + 1);
                    var deleted = Math.Min(seed / 7 % 6, length - start);
                    var inserted = new[] { "", "a", "\n", ", ", "CL", "Aug 8, 2025\n", " · mit", "# listing-ignore LST013\n", "A Study of ThingsAda Lovelace", "\r\n" }[seed / 97 % 10];
                    document = document.WithChange(new TextChange(new TextSpan(start, deleted), inserted));
                    Assert.Equal(Show(TestSupport.Parse(document.Text.ToString())), Show(document));
                }
            }, iter: 300);

    [Fact]
    public void Duplicates_appear_and_disappear_as_titles_are_edited()
    {
        const string entry = "CLAug 8, 2025\nA Study of ThingsAda Lovelace · mit\nProse.\n";
        var document = TestSupport.Parse(entry + entry.Replace("Things", "Thinks"));
        _ = document.GetDiagnostics();
        var at = document.Text.ToString().LastIndexOf("Thinks", StringComparison.Ordinal) + 4;
        var duplicated = document.WithChange(new TextChange(new TextSpan(at, 1), "g"));
        var d = Assert.Single(duplicated.GetDiagnostics());
        Assert.Equal(DiagnosticCodes.DuplicatePaper, d.Code);
        Assert.Equal(document.Text.ToString().IndexOf("A Study", StringComparison.Ordinal), d.Related[0].Span.Start);
        var moved = duplicated.WithChange(new TextChange(new TextSpan(0, 0), "\n"));
        Assert.Equal(d.Span.Shift(1), Assert.Single(moved.GetDiagnostics()).Span);
        Assert.Empty(moved.WithChange(new TextChange(new TextSpan(at + 1, 1), "k")).GetDiagnostics());
    }
}
