using System.Collections.Immutable;
using System.Diagnostics.CodeAnalysis;
using ListingLsp.Syntax.Text;

namespace ListingLsp.Analysis;

/// <summary>A piece of an entry with where it stands (absolute span).</summary>
public readonly record struct Located<T>(T Value, TextSpan Span);

/// <summary>A category code with its arXiv meaning (null name for an unknown code).</summary>
public sealed record CategoryInfo(string Code, string Name, string Archive);

/// <summary>
/// The header and byline fields of one entry, read from its syntax: what whole-file features (the
/// outline, the workspace index, counts of an author's papers) need, without the abstract.
/// Absent parts are null or empty.
/// </summary>
public record EntryHeadline
{
    /// <summary>The entry's lines (header line start to the end of its last line, line break included).</summary>
    public required TextSpan Span { get; init; }

    public required TextSpan HeaderSpan { get; init; }

    /// <summary>0-based line of the header.</summary>
    public required int Line { get; init; }

    public Located<string>? Category { get; init; }

    /// <summary>The category's meaning when the code is known.</summary>
    public CategoryInfo? CategoryInfo { get; init; }

    /// <summary>The date as written.</summary>
    public Located<string>? DateText { get; init; }

    /// <summary>The date when it is a valid <c>Mmm D, YYYY</c> calendar date.</summary>
    public DateOnly? Date { get; init; }

    public TextSpan? CodeFlag { get; init; }

    public bool HasCode => CodeFlag is not null;

    public Located<string>? Title { get; init; }

    public ImmutableArray<Located<string>> Authors { get; init; } = [];

    public TextSpan? EtAl { get; init; }

    public bool IsTruncated => EtAl is not null;

    public ImmutableArray<Located<string>> Orgs { get; init; } = [];
}

/// <summary>All typed fields of one entry, the abstract and its URLs included.</summary>
public sealed record EntryModel : EntryHeadline
{
    public Located<string>? Abstract { get; init; }

    /// <summary>URLs found in the abstract (http/https), in order.</summary>
    public ImmutableArray<Located<string>> Urls { get; init; } = [];

    /// <summary>A model with the headline's fields (the abstract and URLs are set after).</summary>
    [SetsRequiredMembers]
    internal EntryModel(EntryHeadline headline)
        : base(headline)
    {
    }
}

/// <summary>A <c>## heading</c> and the entries under it (up to the next heading).</summary>
public sealed record SectionModel(Located<string> Heading, TextSpan Span, ImmutableArray<EntryModel> Entries);
