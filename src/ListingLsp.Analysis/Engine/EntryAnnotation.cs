using ListingLsp.Analysis.Editing;
using ListingLsp.Syntax;

namespace ListingLsp.Analysis;

/// <summary>
/// What is cached on an entry node (<see cref="GreenNode.Annotation"/>): its analysis with the context it was
/// made in, and its semantic tokens (which carry their own options). Immutable: a writer replaces the whole
/// annotation, keeping the other part, so a reader never sees one part from another context; a race only
/// drops a part, which is computed again.
/// </summary>
internal sealed class EntryAnnotation(AnalysisContext? context, ItemAnalysis? analysis, EntryTokens? tokens)
{
    public AnalysisContext? Context { get; } = context;

    public ItemAnalysis? Analysis { get; } = analysis;

    public EntryTokens? Tokens { get; } = tokens;

    public static EntryAnnotation? Of(GreenNode entry) => entry.Annotation as EntryAnnotation;
}
