using ListingLsp.Cli.Export;

namespace ListingLsp.Cli.Tests;

public class BibtexTests
{
    private static ExportEntry Entry(string title, string firstAuthor, int year) => new()
    {
        Line = 0,
        Title = title,
        Authors = [firstAuthor],
        Day = new DateOnly(year, 1, 1),
    };

    [Theory]
    [InlineData("TRAK-like Attribution at Scale", "Sung Min Park", 2023, "park2023traklike")]
    [InlineData("The Art of Waiting", "Zoë Müller", 2025, "muller2025art")]
    [InlineData("Fast Sorting", "Ivo Marsh Jr.", 2020, "marsh2020fast")]
    [InlineData("王 Models", "王小明", 2024, "anon2024models")]
    public void Keys_are_surname_year_and_first_title_word_in_lowercase_ascii(string title, string author, int year, string key) =>
        Assert.Equal(key, BibtexKeys.Base(Entry(title, author, year)));

    [Fact]
    public void Colliding_keys_all_get_letter_suffixes_in_document_order()
    {
        var keys = BibtexKeys.Create(
        [
            Entry("Quiet Parsers", "June Alder", 2024),
            Entry("Loud Data", "Omar Vance", 2024),
            Entry("Quiet Parsers Again", "June Alder", 2024),
        ]);

        Assert.Equal(["alder2024quieta", "vance2024loud", "alder2024quietb"], keys);
    }

    [Theory]
    [InlineData("50% & #1_a {b} $x$ ~^\\", @"50\% \& \#1\_a \{b\} \$x\$ \textasciitilde{}\textasciicircum{}\textbackslash{}")]
    public void Plain_text_escapes_every_latex_special_character(string text, string latex) =>
        Assert.Equal(latex, Latex.Escape(text));

    [Theory]
    [InlineData("We bound $O(n_1)$ with \\emph{no} tricks & 50% more_x.", @"We bound $O(n_1)$ with \emph{no} tricks \& 50\% more\_x.")]
    [InlineData("An unpaired $ sign costs 5% {", @"An unpaired \$ sign costs 5\% \{")]
    public void Abstracts_keep_their_light_latex_and_escape_the_rest(string text, string latex) =>
        Assert.Equal(latex, Latex.EscapeProse(text));

    [Fact]
    public void Title_words_with_capitals_are_braced()
    {
        Assert.Equal("{TRAK:} {Attributing} at {Scale} \\& more", Latex.ProtectCapitals("TRAK: Attributing at Scale & more"));
    }
}
