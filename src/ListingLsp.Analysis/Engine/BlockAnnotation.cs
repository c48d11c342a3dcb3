using ListingLsp.Syntax;

namespace ListingLsp.Analysis;

/// <summary>
/// What is cached on an ItemBlock node (<see cref="GreenNode.Annotation"/>) for one context: its summary and
/// the children a diagnostics walk must visit. Immutable and replaced whole, like <see cref="EntryAnnotation"/>.
/// </summary>
internal sealed class BlockAnnotation(AnalysisContext context, Summary? summary, NotableChild[]? notable)
{
    public AnalysisContext Context { get; } = context;

    public Summary? Summary { get; } = summary;

    public NotableChild[]? Notable { get; } = notable;

    /// <summary>The block's annotation if it was made in the context.</summary>
    public static BlockAnnotation? Of(GreenNode block, AnalysisContext context) =>
        block.Annotation is BlockAnnotation a && ReferenceEquals(a.Context, context) ? a : null;
}
