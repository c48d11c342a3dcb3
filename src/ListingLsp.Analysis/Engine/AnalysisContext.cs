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
            // The entry's text is only read while it is analysed: a pooled buffer spares a string per entry.
            var buffer = ArrayPool<char>.Shared.Rent(item.Width);
            try
            {
                text.CopyTo(position, buffer.AsSpan(0, item.Width));
                analysis = EntryAnalyzer.Analyze(item, buffer.AsMemory(0, item.Width), Today, Options);
            }
            finally
            {
                ArrayPool<char>.Shared.Return(buffer);
            }
            _items.AddOrUpdate(item, analysis);
        }
        return analysis;
    }

    /// <summary>The entry's model (entry-relative), read on first request and kept with its analysis.</summary>
    public EntryModel Model(GreenNode entry, Rope text, int position)
    {
        var analysis = Item(entry, text, position);
        return analysis.Entry ??= EntryAnalyzer.ReadModel(entry, text.ToString(position, entry.Width).AsMemory(), Today, Options);
    }

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
}
