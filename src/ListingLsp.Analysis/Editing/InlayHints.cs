using System.Collections.Immutable;
using ListingLsp.Syntax.Text;

namespace ListingLsp.Analysis.Editing;

/// <summary>A hint shown at <see cref="Offset"/> (just after a category code).</summary>
public sealed record ListingInlayHint(int Offset, string Label, string Tooltip);

/// <summary>The full name of each known category code, so <c>CL</c> reads as "Computation and Language".</summary>
public static class InlayHints
{
    public static ImmutableArray<ListingInlayHint> Compute(ListingDocument document, TextSpan? range = null, CancellationToken cancellationToken = default)
    {
        var hints = ImmutableArray.CreateBuilder<ListingInlayHint>();
        foreach (var entry in EntriesInRange.Of(document, range))
        {
            cancellationToken.ThrowIfCancellationRequested();
            if (entry.Category is { } category && entry.CategoryInfo is { } info && (range is null || range.Value.Touches(category.Span.End)))
            {
                var arxivName = string.IsNullOrEmpty(info.Archive) ? info.Code : $"{info.Archive}.{info.Code}";
                hints.Add(new ListingInlayHint(category.Span.End, info.Name, $"{arxivName}: {info.Name}"));
            }
        }
        return hints.ToImmutable();
    }
}
