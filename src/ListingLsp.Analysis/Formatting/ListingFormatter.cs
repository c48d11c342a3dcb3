using System.Collections.Immutable;
using ListingLsp.Syntax.Text;

namespace ListingLsp.Analysis;

/// <summary>Formatter settings.</summary>
public sealed record FormattingOptions
{
    public static FormattingOptions Default { get; } = new();

    /// <summary>Blank lines between entries: 0 or 1; null follows what the file mostly does.</summary>
    public int? BlankLinesBetweenEntries { get; init; }
}

/// <summary>Canonical layout as minimal text edits (never a whole-document replacement).</summary>
public static class ListingFormatter
{
    /// <summary>Edits that format the document, or only the items <paramref name="range"/> touches. Non-overlapping, in order.</summary>
    public static ImmutableArray<TextChange> Format(ListingDocument document, FormattingOptions? options = null, TextSpan? range = null) =>
        throw new NotImplementedException();
}
