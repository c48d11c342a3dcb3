using System.Text.Json.Serialization;
using ListingLsp.Analysis;

namespace ListingLsp.Cli.Export;

/// <summary>One entry as data: the shape of <c>listing export --to json</c> (property order is the output order).</summary>
internal sealed record ExportEntry
{
    /// <summary>0-based line of the header.</summary>
    public required int Line { get; init; }

    public string? Category { get; init; }

    /// <summary>yyyy-mm-dd, or null when the header has no valid date.</summary>
    public string? Date => Day?.ToString("yyyy-MM-dd");

    public bool Code { get; init; }

    public string? Title { get; init; }

    public IReadOnlyList<string> Authors { get; init; } = [];

    public bool EtAl { get; init; }

    public IReadOnlyList<string> Orgs { get; init; } = [];

    public string? Abstract { get; init; }

    [JsonIgnore]
    public DateOnly? Day { get; init; }

    /// <summary>URLs in the abstract (BibTeX's url field).</summary>
    [JsonIgnore]
    public IReadOnlyList<string> Urls { get; init; } = [];

    public static ExportEntry From(EntryModel entry) => new()
    {
        Line = entry.Line,
        Category = entry.Category?.Value,
        Day = entry.Date,
        Code = entry.HasCode,
        Title = entry.Title?.Value,
        Authors = [.. entry.Authors.Select(a => a.Value)],
        EtAl = entry.IsTruncated,
        Orgs = [.. entry.Orgs.Select(o => o.Value)],
        Abstract = entry.Abstract?.Value,
        Urls = [.. entry.Urls.Select(u => u.Value)],
    };
}
