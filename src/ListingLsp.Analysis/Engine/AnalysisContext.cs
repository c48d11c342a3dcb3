using System.Buffers;
using System.Runtime.CompilerServices;
using ListingLsp.Syntax;
using ListingLsp.Syntax.Text;

namespace ListingLsp.Analysis;

/// <summary>
/// What every snapshot of a document analysed with the same options on the same day shares: entry analyses
/// and ItemBlock summaries are cached on the green nodes themselves (<see cref="EntryAnnotation"/>,
/// <see cref="BlockAnnotation"/>), tagged with the context they were made in. Entry nodes are never shared
/// between texts, blocks are made fresh and reused only where their text is untouched, and the incremental
/// parser reuses untouched nodes by reference, so a hit is always right; a node analysed in another context
/// gets its annotation replaced, and the results of old snapshots go with their nodes.
/// </summary>
internal sealed class AnalysisContext
{
    public AnalysisContext(AnalysisOptions options, DateOnly today)
    {
        Options = options;
        Today = today;
    }

    public AnalysisOptions Options { get; }

    public DateOnly Today { get; }

    public static DateOnly TodayOf(AnalysisOptions options) => DateOnly.FromDateTime(options.Clock.GetLocalNow().DateTime);

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public ItemAnalysis Item(GreenNode item, Rope text, int position)
    {
        if (item.Kind != SyntaxKind.Entry)
        {
            // Only entry nodes are unique to their text (the parser shares small items of the same
            // shape between texts); directives and stray lines are one line each, so they are read again.
            return item.Kind is SyntaxKind.Directive or SyntaxKind.SkippedLine
                ? ItemAnalysis.Analyze(item, text.ToString(position, item.Width))
                : ItemAnalysis.Nothing;
        }
        var cached = EntryAnnotation.Of(item);
        if (cached?.Analysis is { } analysis && ReferenceEquals(cached.Context, this))
        {
            return analysis;
        }
        analysis = WithText(text, position, item.Width, chars => EntryAnalyzer.Analyze(item, chars, Today, Options));
        item.Annotation = new EntryAnnotation(this, analysis, cached?.Tokens);
        return analysis;
    }

    /// <summary>
    /// The entry's model, read anew on every request: models are not kept, so a feature
    /// that reads every entry leaves nothing behind.
    /// </summary>
    public EntryModel ReadModel(GreenNode entry, Rope text, int position) =>
        WithText(text, position, entry.Width, chars => EntryAnalyzer.ReadModel(entry, chars, Today, Options, position, text.GetLineIndex(position)));

    /// <summary>The entry's header and byline fields, read anew like <see cref="ReadModel"/> but without the abstract's text.</summary>
    public EntryHeadline ReadHeadline(GreenNode entry, Rope text, int position) =>
        WithText(text, position, HeadlineWidth(entry), chars => EntryAnalyzer.ReadHeadline(entry, chars, Today, Options, position, text.GetLineIndex(position)));

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public Summary SummaryOf(GreenNode node, Rope text, int position)
    {
        if (node.Kind.IsItem())
        {
            return Item(node, text, position).Summary;
        }
        if (node.Kind != SyntaxKind.ItemBlock)
        {
            return Summary.Empty;
        }
        var cached = BlockAnnotation.Of(node, this);
        if (cached?.Summary is { } summary)
        {
            return summary;
        }
        var children = new Summary[node.SlotCount];
        var i = 0;
        foreach (var (child, offset) in GreenWalk.Children(node, position))
        {
            children[i++] = SummaryOf(child, text, offset);
        }
        summary = Summary.Combine(children);
        Annotate(node, new BlockAnnotation(this, summary, cached?.Notable));
        return summary;
    }

    /// <summary>
    /// The children of an ItemBlock a diagnostics walk must visit (block-relative), cached like the
    /// summaries: reading the list then costs the blocks with findings, not every item.
    /// </summary>
    public NotableChild[] NotableChildren(GreenNode block, Rope text, int position)
    {
        var cached = BlockAnnotation.Of(block, this);
        if (cached?.Notable is { } notable)
        {
            return notable;
        }
        var found = new List<NotableChild>();
        var cleared = false;
        foreach (var (child, offset) in GreenWalk.Children(block, position))
        {
            var summary = SummaryOf(child, text, offset);
            if (summary.IsPlain)
            {
                cleared |= summary.HasEntry;
                continue;
            }
            found.Add(new NotableChild(child, offset - position, summary, cleared));
            cleared = false;
        }
        notable = [.. found];
        Annotate(block, new BlockAnnotation(this, cached?.Summary, notable));
        return notable;
    }

    /// <summary>
    /// Caches on a block, except on the empty block every tree without items shares: its results cost
    /// nothing to make, and kept there they would keep a context alive for the life of the process.
    /// </summary>
    private static void Annotate(GreenNode block, BlockAnnotation annotation)
    {
        if (block.SlotCount > 0)
        {
            block.Annotation = annotation;
        }
    }

    /// <summary>The width of the entry's lines before its abstract.</summary>
    private static int HeadlineWidth(GreenNode entry)
    {
        foreach (var (part, offset) in GreenWalk.Children(entry, 0))
        {
            if (part.Kind == SyntaxKind.Abstract)
            {
                return offset;
            }
        }
        return entry.Width;
    }

    /// <summary>Text is only read while an entry is analysed: a pooled buffer spares a string per entry.</summary>
    private static T WithText<T>(Rope text, int position, int width, Func<ReadOnlyMemory<char>, T> read)
    {
        var buffer = ArrayPool<char>.Shared.Rent(width);
        try
        {
            text.CopyTo(position, buffer.AsSpan(0, width));
            return read(buffer.AsMemory(0, width));
        }
        finally
        {
            ArrayPool<char>.Shared.Return(buffer);
        }
    }
}
