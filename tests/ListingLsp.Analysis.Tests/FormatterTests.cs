using CsCheck;
using ListingLsp.Syntax.Text;
using ListingLsp.Tests.Shared;

namespace ListingLsp.Analysis.Tests;

/// <summary>Baselines/format/NAME.listing -> NAME.expected (the formatted text), plus idempotence.</summary>
public sealed class FormatterTests
{
    public static TheoryData<string> Cases() => Baseline.Cases("format");

    private static string Format(string text, FormattingOptions? options = null, TextSpan? range = null)
    {
        var document = TestSupport.Parse(text);
        return TestSupport.Apply(document, ListingFormatter.Format(document, options, range));
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void Formatting_matches_the_baseline_and_is_idempotent(string listing)
    {
        var formatted = Format(Baseline.Read(listing));
        Baseline.Verify(Path.ChangeExtension(listing, ".expected"), formatted);
        Assert.Equal(formatted, Format(formatted));
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void Formatting_changes_only_white_space_and_separators_in_titles_names_and_abstracts(string listing)
    {
        var before = TestSupport.Parse(Baseline.Read(listing));
        var after = TestSupport.Parse(Format(Baseline.Read(listing)));
        static string Words(ListingDocument d) => string.Join("|", d.Entries.Select(e =>
            $"{e.Title?.Value}/{string.Join(",", e.Authors.Select(a => a.Value.Trim()))}/{e.Abstract?.Value.TrimEnd()}"));
        Assert.Equal(Words(before), Words(after));
    }

    [Fact]
    public void The_blank_line_setting_overrides_the_file()
    {
        var text = Baseline.Read("format/blank-lines-none.listing");
        var spaced = Format(text, new FormattingOptions { BlankLinesBetweenEntries = 1 });
        Assert.Contains("Abstract one.\n\nLGAug 9, 2025", spaced);
        Assert.Equal(text.Replace("\n\nCV", "\nCV"), Format(spaced, new FormattingOptions { BlankLinesBetweenEntries = 0 }));
    }

    [Fact]
    public void A_range_limits_the_edits_to_the_items_it_touches()
    {
        var text = Baseline.Read("format/separators.listing");
        var secondEntry = text.IndexOf("LGAug", StringComparison.Ordinal);
        var formatted = Format(text, range: new TextSpan(secondEntry + 3, 1));
        Assert.Equal(text[..secondEntry], formatted[..secondEntry]);
        Assert.Contains("Dash Before OrgsLina Berg · cmu", formatted);
    }

    [Fact]
    public void Line_breaks_keep_their_kind()
    {
        var formatted = Format(Baseline.Read("format/crlf.listing"));
        Assert.Contains("CRLF abstract.\r\n\r\nLGAug 9, 2025\r\n", formatted);
        Assert.DoesNotContain(" \r\n", formatted);
    }

    [Fact]
    public void A_formatted_file_gets_no_edits() =>
        Assert.Empty(ListingFormatter.Format(TestSupport.Parse(File.ReadAllText(SharedFormat.ExampleListingPath))));

    /// <summary>The text without white space, separator characters and case: what formatting must never change.</summary>
    private static string Letters(string text) =>
        string.Concat(text.Where(c => !char.IsWhiteSpace(c) && c is not ('.' or ',' or '·' or '•' or '|' or '-'))).ToLowerInvariant();

    private static string Escape(string text) => text.Replace("\r", "\\r").Replace(" \n", "~\n");

    [Fact]
    public void Formatting_is_idempotent_and_keeps_every_letter_on_any_mix_of_lines() =>
        ListingGen.Text.Sample(text =>
        {
            var once = Format(text);
            var twice = Format(once);
            Assert.True(once == twice, $"input:\n{Escape(text)}\nonce:\n{Escape(once)}\ntwice:\n{Escape(twice)}");
            Assert.Equal(Letters(text), Letters(once));
        }, iter: 300);
}
