using ListingLsp.Tests.Shared;

namespace ListingLsp.Analysis.Tests;

/// <summary>Baselines/diagnostics/NAME.listing -> NAME.expected: every diagnostic with its range, related places and fixes.</summary>
public sealed class DiagnosticBaselineTests
{
    public static TheoryData<string> Cases() => Baseline.Cases("diagnostics");

    [Theory]
    [MemberData(nameof(Cases))]
    public void Diagnostics_match_the_baseline(string listing)
    {
        var document = TestSupport.Parse(Baseline.Read(listing));
        Baseline.Verify(Path.ChangeExtension(listing, ".expected"), TestSupport.Render(document));
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void Each_fix_removes_its_diagnostic_and_adds_none(string listing)
    {
        var document = TestSupport.Parse(Baseline.Read(listing));
        var before = Keys(document);
        foreach (var diagnostic in document.GetDiagnostics())
        {
            var key = (diagnostic.Code, document.Text.GetLineIndex(diagnostic.Span.Start));
            foreach (var fix in diagnostic.Fixes)
            {
                var fixedText = TestSupport.Apply(document, fix.Edits);
                var after = Keys(TestSupport.Parse(fixedText));
                Assert.True(after.GetValueOrDefault(key) < before[key], $"{listing}: fix \"{fix.Title}\" left {key}:\n{fixedText}");
                var added = after.Where(a => a.Value > before.GetValueOrDefault(a.Key)).Select(a => a.Key).ToList();
                Assert.True(added.Count == 0, $"{listing}: fix \"{fix.Title}\" added {string.Join(", ", added)}:\n{fixedText}");
            }
        }
    }

    /// <summary>How many diagnostics of each code each line has (fixes never add or remove lines).</summary>
    private static Dictionary<(string Code, int Line), int> Keys(ListingDocument document) =>
        document.GetDiagnostics().CountBy(d => (d.Code, document.Text.GetLineIndex(d.Span.Start))).ToDictionary();
}
