namespace ListingLsp.Analysis.Tests;

/// <summary>The pieces of the format's meaning that need no tree: dates, tags, titles, categories, URLs.</summary>
public sealed class PureTests
{
    [Theory]
    [InlineData("2025-08-08", "Aug 8, 2025")]
    [InlineData("2025/8/8", "Aug 8, 2025")]
    [InlineData("August 8, 2025", "Aug 8, 2025")]
    [InlineData("Aug 08, 2025", "Aug 8, 2025")]
    [InlineData("Aug 8 2025", "Aug 8, 2025")]
    [InlineData("Sept 8, 2025", "Sep 8, 2025")]
    [InlineData("aug 8, 2025", "Aug 8, 2025")]
    [InlineData("Aug. 8th, 2025", "Aug 8, 2025")]
    [InlineData("8 August 2025", "Aug 8, 2025")]
    [InlineData("Aug  8,2025", "Aug 8, 2025")]
    public void A_clear_date_is_rewritten_in_listing_form(string written, string expected)
    {
        var reading = ListingDate.Read(written);
        Assert.Equal(DateShape.WrongForm, reading.Shape);
        Assert.Equal(expected, ListingDate.Format(reading.Intended!.Value));
    }

    [Theory]
    [InlineData("08/07/2025")]
    [InlineData("2025-02-30")]
    [InlineData("Augu 8, 2025")]
    [InlineData("Aug 8, 25")]
    [InlineData("soon")]
    public void An_unclear_date_gets_no_rewrite(string written) => Assert.Null(ListingDate.Read(written).Intended);

    [Theory]
    [InlineData("Aug 8, 2025", "Valid")]
    [InlineData("Feb 29, 2024", "Valid")]
    [InlineData("Feb 29, 2023", "NotACalendarDate")]
    [InlineData("Aug 32, 2025", "NotACalendarDate")]
    [InlineData("Aug 99, 2025", "NotACalendarDate")]
    [InlineData("Aug 08, 2025", "WrongForm")]
    public void The_strict_form_is_Mmm_D_YYYY(string written, string shape) => Assert.Equal(shape, ListingDate.Read(written).Shape.ToString());

    [Theory]
    [InlineData("MIT", "mit")]
    [InlineData("Google DeepMind", "google-deepmind")]
    [InlineData("  ETH  Zürich ", "eth-zurich")]
    [InlineData("Allen_Institute (AI2)", "allen-institute-ai2")]
    [InlineData("---", null)]
    public void Org_names_have_a_tag_form(string written, string? tag) => Assert.Equal(tag, TagForm.ToTag(written));

    [Theory]
    [InlineData("mit", true)]
    [InlineData("google-deepmind", true)]
    [InlineData("4paradigm", true)]
    [InlineData("-lab", false)]
    [InlineData("MIT", false)]
    [InlineData("", false)]
    public void Tag_form_is_lowercase_letters_digits_and_hyphens(string tag, bool valid) => Assert.Equal(valid, TagForm.IsTag(tag));

    [Theory]
    [InlineData("Attention Is Mostly What You Need", "attention  is mostly, what you need!")]
    [InlineData("TRAK-like: A Study", "TRAKlike A   Study")]
    public void Titles_equal_after_folding_are_the_same_paper(string a, string b) => Assert.Equal(TitleKey.Of(a), TitleKey.Of(b));

    [Fact]
    public void Different_words_are_different_papers() => Assert.NotEqual(TitleKey.Of("Learning to Rank"), TitleKey.Of("Learning to Rank II"));

    [Fact]
    public void The_category_table_knows_every_archive()
    {
        Assert.Equal(54, Categories.All.Count);
        Assert.Equal("Computation and Language", Categories.Find("CL")!.Name);
        Assert.Equal("stat", Categories.Find("ML")!.Archive);
        Assert.Equal("q-bio", Categories.Find("QM")!.Archive);
        Assert.Null(Categories.Find("XX"));
        Assert.Equal("Quantum Stuff", Categories.Find("QS", AnalysisOptions.Default with { ExtraCategories = System.Collections.Immutable.ImmutableDictionary<string, string>.Empty.Add("QS", "Quantum Stuff") })!.Name);
    }

    [Theory]
    [InlineData("CSL", "CL")]
    [InlineData("LC", "CL,LG")]
    [InlineData("XX", "")]
    public void Nearest_categories_are_one_edit_away(string code, string expected) =>
        Assert.Equal(expected, string.Join(",", Categories.Nearest(code).Take(2)));

    [Theory]
    [InlineData("code at https://example.org/a.", "https://example.org/a")]
    [InlineData("see (https://example.org/b) now", "https://example.org/b")]
    [InlineData("wiki https://en.example.org/X_(y) ok", "https://en.example.org/X_(y)")]
    [InlineData("no link here, http:// alone", "")]
    public void Urls_are_found_without_sentence_punctuation(string text, string expected) =>
        Assert.Equal(expected, string.Join(" ", Urls.Find(text).Select(u => u.Url)));

    [Fact]
    public void Every_code_has_its_spec_severity()
    {
        Assert.Equal(21, DiagnosticCodes.All.Count);
        Assert.Equal(DiagnosticSeverity.Information, DiagnosticCodes.Find("LST031")!.DefaultSeverity);
        Assert.Equal(DiagnosticSeverity.Warning, DiagnosticCodes.Find("lst004")!.DefaultSeverity);
        Assert.Null(DiagnosticCodes.Find("LST008"));
    }

    [Fact]
    public void Known_orgs_are_in_tag_form() => Assert.All(KnownOrgs.All, o => Assert.True(TagForm.IsTag(o.Tag), o.Tag));
}
