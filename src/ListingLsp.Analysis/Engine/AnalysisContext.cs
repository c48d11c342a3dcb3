using System.Buffers;
using System.Runtime.CompilerServices;
using ListingLsp.Syntax;
using ListingLsp.Syntax.Text;

namespace ListingLsp.Analysis;

/// <summary>
/// The caches shared by every snapshot of a document analysed with the same options on the same day:
/// entry analyses keyed by entry green node and summaries keyed by ItemBlock green node. Entry nodes
/// are never shared between texts and the incremental parser reuses untouched ones by reference, so
/// a hit is always right; weak keys let the entries of old snapshots go.
/// </summary>
internal sealed class AnalysisContext
{
    private readonly ConditionalWeakTable<GreenNode, ItemAnalysis> _items = [];
    private readonly ConditionalWeakTable<GreenNode, Summary> _blocks = [];
    private readonly ConditionalWeakTable<GreenNode, NotableChild[]> _notable = [];

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
        if (!_items.TryGetValue(item, out var analysis))
        {
            analysis = WithText(text, position, item.Width, chars => EntryAnalyzer.Analyze(item, chars, Today, Options));
            _items.AddOrUpdate(item, analysis);
        }
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
        if (!_blocks.TryGetValue(node, out var summary))
        {
            var children = new Summary[node.SlotCount];
            var i = 0;
            foreach (var (child, offset) in GreenWalk.Children(node, position))
            {
                children[i++] = SummaryOf(child, text, offset);
            }
            summary = Summary.Combine(children);
            _blocks.AddOrUpdate(node, summary);
        }
        return summary;
    }

    /// <summary>
    /// The children of an ItemBlock a diagnostics walk must visit (block-relative), cached like the
    /// summaries: reading the list then costs the blocks with findings, not every item.
    /// </summary>
    public NotableChild[] NotableChildren(GreenNode block, Rope text, int position)
    {
        if (!_notable.TryGetValue(block, out var notable))
        {
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
            _notable.AddOrUpdate(block, notable);
        }
        return notable;
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
