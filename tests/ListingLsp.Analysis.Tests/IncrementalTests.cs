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

    /// <summary>Many copies and long edit runs: the copy count (read without the list) and, now and then, the list stay right.</summary>
    [Fact]
    public void Duplicate_papers_stay_right_over_long_edit_runs() =>
        Gen.Bool.SelectMany(ignore => Gen.Int[0, int.MaxValue].Array[300].Select(seeds => (ignore, seeds)))
            .Sample(c =>
            {
                const string first = "CLAug 8, 2025\nA Study of ThingsAda Lovelace · mit\nProse.\n\n";
                const string second = "CLAug 9, 2025\nOn Other ThingsAlan Turing · mit\nProse.\n\n";
                var text = string.Concat(Enumerable.Repeat(first + second + first, 3)) + (c.ignore ? "# listing-ignore LST030\n" : "") + second;
                var document = TestSupport.Parse(text);
                _ = document.GetDiagnostics().Count;
                for (var i = 0; i < c.seeds.Length; i++)
                {
                    var seed = c.seeds[i];
                    var length = document.Text.Length;
                    var start = seed % (length + 1);
                    var inserted = new[] { "", "x", "\n", "Things", "A Study of Things" }[seed / 97 % 5];
                    document = document.WithChange(new TextChange(new TextSpan(start, Math.Min(seed / 7 % 4, length - start)), inserted));
                    var fresh = TestSupport.Parse(document.Text.ToString());
                    Assert.Equal(fresh.GetDiagnostics().Count, document.GetDiagnostics().Count);
                    // Read the list often at first, then not for a long run (positions are replayed, then rebased).
                    if (i < 40 ? i % 10 == 9 : i == c.seeds.Length - 1)
                    {
                        Assert.Equal(TestSupport.Render(fresh), TestSupport.Render(document));
                    }
                }
            }, iter: 20);

    /// <summary>Regression: deleting the items up to the end of the file counted the entry before them a second time (the count, not the list).</summary>
    [Theory]
    [InlineData(ItemDiffTests.Entry + "\n" + ItemDiffTests.Entry + "[\n>]")]
    [InlineData(ItemDiffTests.Entry + "\n" + ItemDiffTests.Entry + "[\n# note\n>]")]
    public void Duplicate_papers_stay_right_when_the_end_of_the_file_is_deleted(string marked)
    {
        var (text, change) = MarkedEdit.Parse(marked);
        var document = TestSupport.Parse(text);
        _ = document.GetDiagnostics();
        var edited = document.WithChange(change);
        var fresh = TestSupport.Parse(edited.Text.ToString());
        Assert.Equal(fresh.GetDiagnostics().Count, edited.GetDiagnostics().Count);
        Assert.Equal(TestSupport.Render(fresh), TestSupport.Render(edited));
    }

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
