using System.Collections.Immutable;
using ListingLsp.Syntax.Text;

namespace ListingLsp.Analysis;

/// <summary>
/// An entry's fields while <see cref="EntryAnalyzer"/> reads them (absolute spans): the headline or
/// model is made once at the end, rather than copied for every field found.
/// </summary>
internal sealed class EntryFields(TextSpan span, int line)
{
    public TextSpan HeaderSpan { get; set; }

    public Located<string>? Category { get; set; }

    public CategoryInfo? CategoryInfo { get; set; }

    public Located<string>? DateText { get; set; }

    public DateOnly? Date { get; set; }

    public TextSpan? CodeFlag { get; set; }

    public Located<string>? Title { get; set; }

    public ImmutableArray<Located<string>> Authors { get; set; } = [];

    public TextSpan? EtAl { get; set; }

    public ImmutableArray<Located<string>> Orgs { get; set; } = [];

    public Located<string>? Abstract { get; set; }

    public ImmutableArray<Located<string>> Urls { get; set; } = [];

    public EntryHeadline ToHeadline() => new()
    {
        Span = span,
        HeaderSpan = HeaderSpan,
        Line = line,
        Category = Category,
        CategoryInfo = CategoryInfo,
        DateText = DateText,
        Date = Date,
        CodeFlag = CodeFlag,
        Title = Title,
        Authors = Authors,
        EtAl = EtAl,
        Orgs = Orgs,
    };

    public EntryModel ToModel() => new(ToHeadline()) { Abstract = Abstract, Urls = Urls };
}
