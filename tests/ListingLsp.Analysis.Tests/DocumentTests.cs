using CsCheck;
using ListingLsp.Syntax.Text;
using ListingLsp.Tests.Shared;

namespace ListingLsp.Analysis.Tests;

/// <summary>What the server and the CLI read from a document: the model, options, sections, the reference example.</summary>
public sealed class DocumentTests
{
    private const string Sample = """
        ## Reading group
        CLAug 8, 2025Code
        The Journey, Not the Map: Routing in TransformersIlse Brandt, Omar Saleh et al. · mit, Google DeepMind
        We route tokens; code at https://example.org/routing.
        """;

    [Fact]
    public void The_reference_example_has_no_errors()
    {
        var document = TestSupport.Parse(File.ReadAllText(SharedFormat.ExampleListingPath), AnalysisOptions.Default with { AllowFutureDates = true });
        Assert.DoesNotContain(document.GetDiagnostics(), d => d.Severity == DiagnosticSeverity.Error);
        Assert.Equal(11, document.Entries.Count());
    }

    [Fact]
    public void An_entry_has_typed_fields_with_their_spans()
    {
        var document = TestSupport.Parse(Sample);
        var entry = Assert.Single(document.Entries);
        string At(TextSpan span) => document.Text.ToString(span);
        Assert.Equal(1, entry.Line);
        Assert.Equal("CL", entry.Category!.Value.Value);
        Assert.Equal("Computation and Language", entry.CategoryInfo!.Name);
        Assert.Equal(new DateOnly(2025, 8, 8), entry.Date);
        Assert.Equal("Code", At(entry.CodeFlag!.Value));
        Assert.Equal("The Journey, Not the Map: Routing in Transformers", entry.Title!.Value.Value);
        Assert.Equal(entry.Title.Value.Value, At(entry.Title.Value.Span));
        Assert.Equal(["Ilse Brandt", "Omar Saleh"], entry.Authors.Select(a => At(a.Span)));
        Assert.True(entry.IsTruncated);
        Assert.Equal(["mit", "Google DeepMind"], entry.Orgs.Select(o => o.Value));
        Assert.Equal("https://example.org/routing", At(Assert.Single(entry.Urls).Span));
        Assert.Equal(entry.Title.Value, document.EntryAt(entry.Abstract!.Value.Span.Start)!.Title!.Value);
    }

    [Fact]
    public void Headlines_are_the_entries_without_their_abstracts() =>
        ListingGen.Text.Sample(text =>
        {
            var document = TestSupport.Parse(text);
            var entries = document.Entries.ToList();
            var headlines = document.Headlines.ToList();
            Assert.Equal(entries.Count, headlines.Count);
            foreach (var (entry, headline) in entries.Zip(headlines))
            {
                Assert.IsNotType<EntryModel>(headline);
                Assert.Equal(Headline(entry), Headline(headline));
            }
        });

    [Fact]
    public void Sections_hold_the_entries_under_them()
    {
        var document = TestSupport.Parse(Sample + "\n## Later\n# just a note\n");
        Assert.Equal(["Reading group", "Later"], document.Sections.Select(s => s.Heading.Value));
        Assert.Single(document.Sections[0].Entries);
        Assert.Empty(document.Sections[1].Entries);
        Assert.Equal("# just a note", Assert.Single(document.Comments).Value);
    }

    [Fact]
    public void Ignore_directives_list_their_known_codes()
    {
        var document = TestSupport.Parse("# listing-ignore LST004 nope\n# listing-ignore-file lst031\n");
        Assert.Equal([(false, "LST004"), (true, "LST031")], document.IgnoreDirectives.Select(d => (d.IsFileLevel, string.Join(",", d.Codes))));
    }

    [Fact]
    public void An_edit_above_an_entry_moves_its_spans_and_diagnostics()
    {
        var document = TestSupport.Parse(Sample);
        var before = document.GetDiagnostics().Single(d => d.Code == DiagnosticCodes.OrgTagForm);
        var moved = document.WithChange(new TextChange(new TextSpan(0, 0), "# new first line\n"));
        var after = moved.GetDiagnostics().Single(d => d.Code == DiagnosticCodes.OrgTagForm);
        Assert.Equal(before.Span.Shift(17), after.Span);
        Assert.Equal(before.Fixes[0].Edits[0].Span.Shift(17), after.Fixes[0].Edits[0].Span);
        Assert.Equal(2, moved.Entries.Single().Line);
    }

    [Fact]
    public void Severity_overrides_change_or_silence_codes()
    {
        var options = TestSupport.Options with
        {
            SeverityOverrides = System.Collections.Immutable.ImmutableDictionary<string, DiagnosticSeverity?>.Empty
                .Add(DiagnosticCodes.OrgTagForm, DiagnosticSeverity.Error)
                .Add(DiagnosticCodes.FutureDate, null),
        };
        var document = TestSupport.Parse(Sample.Replace("2025", "2030"), options);
        Assert.Equal([(DiagnosticCodes.OrgTagForm, DiagnosticSeverity.Error)], document.GetDiagnostics().Select(d => (d.Code, d.Severity)));
    }

    [Fact]
    public void Future_dates_follow_the_clock_and_the_setting()
    {
        var text = Sample.Replace("Aug 8, 2025", "Sep 2, 2025");
        Assert.Contains(TestSupport.Parse(text).GetDiagnostics(), d => d.Code == DiagnosticCodes.FutureDate);
        Assert.DoesNotContain(TestSupport.Parse(text, TestSupport.Options with { AllowFutureDates = true }).GetDiagnostics(), d => d.Code == DiagnosticCodes.FutureDate);
        var later = TestSupport.Options with { Clock = new FixedClock(new DateTimeOffset(2025, 9, 2, 0, 0, 0, TimeSpan.Zero)) };
        Assert.DoesNotContain(TestSupport.Parse(text, later).GetDiagnostics(), d => d.Code == DiagnosticCodes.FutureDate);
    }

    [Fact]
    public void Diagnostics_by_index_equal_diagnostics_by_enumeration()
    {
        var document = TestSupport.Parse(Baseline.Read("diagnostics/LST030.listing") + Baseline.Read("diagnostics/LST002.listing") + Baseline.Read("diagnostics/ignore-directives.listing"));
        var all = document.GetDiagnostics();
        Assert.Equal(all.Select(Show).ToList(), Enumerable.Range(0, all.Count).Select(i => Show(all[i])).ToList());
        Assert.Equal(all.Count, all.AsEnumerable().Aggregate(0, (n, _) => n + 1));
        for (var start = 0; start < document.Text.Length; start += 37)
        {
            var range = new TextSpan(start, 50);
            Assert.Equal(all.Where(d => d.Span.Start <= range.End && d.Span.End >= range.Start).Select(Show), document.GetDiagnostics(range).Select(Show));
        }
    }

    private static string Show(ListingDiagnostic d) => $"{d.Span} {d.Code} {d.Message} {string.Join(";", d.Fixes.SelectMany(f => f.Edits))}";

    [Fact]
    public void Safe_fixes_fix_everything_they_can_in_one_pass()
    {
        var text = string.Concat(new[] { "LST002", "LST012", "LST013", "LST014", "LST015", "LST016", "LST018" }.Select(c => Baseline.Read($"diagnostics/{c}.listing")));
        var document = TestSupport.Parse(text);
        var edits = FixAll.SafeFixes(document);
        Assert.True(edits.Zip(edits.Skip(1)).All(p => p.First.Span.End <= p.Second.Span.Start));
        var remaining = TestSupport.Parse(TestSupport.Apply(document, edits)).GetDiagnostics();
        Assert.DoesNotContain(remaining, d => d.Fixes.Any(f => f.IsSafe));
    }

    [Fact]
    public void Safe_fixes_never_add_errors_on_any_mix_of_lines() =>
        ListingGen.Text.Sample(text =>
        {
            var document = TestSupport.Parse(text);
            var fixedText = TestSupport.Apply(document, FixAll.SafeFixes(document));
            var errors = document.GetDiagnostics().Count(d => d.Severity == DiagnosticSeverity.Error);
            Assert.True(TestSupport.Parse(fixedText).GetDiagnostics().Count(d => d.Severity == DiagnosticSeverity.Error) <= errors, fixedText);
        }, iter: 200);

    /// <summary>The header and byline fields as comparable values (arrays compare by reference in records).</summary>
    private static object Headline(EntryHeadline e) => (
        e.Span, e.HeaderSpan, e.Line, e.Category, e.CategoryInfo, e.DateText, e.Date, e.CodeFlag, e.Title,
        string.Join("|", e.Authors), e.EtAl, string.Join("|", e.Orgs));
}
