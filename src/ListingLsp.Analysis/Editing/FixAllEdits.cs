using System.Collections.Immutable;
using ListingLsp.Syntax.Text;

namespace ListingLsp.Analysis.Editing;

/// <summary>
/// "Fix all" as one edit list: <see cref="FixAll.SafeFixes"/> rounds are applied until nothing is
/// left to fix (one fix can expose another, e.g. a repaired separator reveals a duplicate org), and
/// the rounds are composed into changes against the document the client has.
/// </summary>
public static class FixAllEdits
{
    /// <summary>Enough for every chain of fixes the analysis knows; a cap so a fix that keeps re-offering itself cannot loop.</summary>
    public const int MaxRounds = 8;

    public static ImmutableArray<TextChange> Compute(ListingDocument document, CancellationToken cancellationToken = default)
    {
        var composed = ImmutableArray<TextChange>.Empty;
        for (var round = 0; round < MaxRounds; round++)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var fixes = FixAll.SafeFixes(document);
            if (fixes.IsEmpty)
            {
                break;
            }
            composed = composed.IsEmpty ? fixes : TextEdits.Compose(composed, fixes);
            document = TextEdits.Apply(document, fixes);
        }
        return composed;
    }
}
