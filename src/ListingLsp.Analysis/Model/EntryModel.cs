using System.Collections.Immutable;
using ListingLsp.Syntax.Text;

namespace ListingLsp.Analysis;

/// <summary>A piece of an entry with where it stands (absolute span).</summary>
public readonly record struct Located<T>(T Value, TextSpan Span);

/// <summary>A category code with its arXiv meaning (null name for an unknown code).</summary>
public sealed record CategoryInfo(string Code, string Name, string Archive);

/// <summary>The typed fields of one entry, read from its syntax. Absent parts are null or empty.</summary>
public sealed record EntryModel
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

    public Located<string>? Abstract { get; init; }

    /// <summary>URLs found in the abstract (http/https), in order.</summary>
    public ImmutableArray<Located<string>> Urls { get; init; } = [];

    /// <summary>This model (kept with entry-relative spans in the cache) placed at an absolute position.</summary>
    internal EntryModel ShiftedTo(int position, int line)
    {
        Located<string>? Move(Located<string>? l) => l is { } v ? v with { Span = v.Span.Shift(position) } : null;
        ImmutableArray<Located<string>> MoveAll(ImmutableArray<Located<string>> all) =>
            all.IsEmpty ? all : [.. all.Select(l => l with { Span = l.Span.Shift(position) })];
        return this with
        {
            Span = Span.Shift(position),
            HeaderSpan = HeaderSpan.Shift(position),
            Line = line,
            Category = Move(Category),
            DateText = Move(DateText),
            CodeFlag = CodeFlag?.Shift(position),
            Title = Move(Title),
            Authors = MoveAll(Authors),
            EtAl = EtAl?.Shift(position),
            Orgs = MoveAll(Orgs),
            Abstract = Move(Abstract),
            Urls = MoveAll(Urls),
        };
    }
}

/// <summary>A <c>## heading</c> and the entries under it (up to the next heading).</summary>
public sealed record SectionModel(Located<string> Heading, TextSpan Span, ImmutableArray<EntryModel> Entries);
