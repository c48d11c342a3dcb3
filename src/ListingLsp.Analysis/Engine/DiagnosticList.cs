using System.Collections;
using System.Collections.Immutable;
using ListingLsp.Syntax;
using ListingLsp.Syntax.Text;

namespace ListingLsp.Analysis;

/// <summary>
/// A document's diagnostics as a lazy view over the cached summaries: Count costs the root's
/// children, an index walks one path down, enumeration visits only the cached notable children of
/// the blocks with something visible (<see cref="AnalysisContext.NotableChildren"/>). Nothing is copied or
/// shifted until it is read, so building the list after an edit costs about the edit.
/// Document-wide findings (LST030) are few and merged in by position.
/// </summary>
internal sealed class DiagnosticList : IReadOnlyList<ListingDiagnostic>, IGroupedDiagnostics
{
    private readonly AnalysisContext _context;
    private readonly Rope _text;
    private readonly (GreenNode Block, int Offset)? _root;
    private readonly CodeSet _suppressed;
    private readonly Lazy<IReadOnlyList<ListingDiagnostic>> _extras;
    private readonly Lazy<int[]> _extraRanks;

    /// <param name="extras">Document-wide findings in order, made only when the list is read (Count does not need them).</param>
    /// <param name="extraCount">How many <paramref name="extras"/> there are.</param>
    public DiagnosticList(AnalysisContext context, SyntaxTree tree, CodeSet suppressed, Lazy<IReadOnlyList<ListingDiagnostic>> extras, int extraCount)
    {
        _context = context;
        _text = tree.Text;
        _root = GreenWalk.ItemRoot(tree.Root);
        _suppressed = suppressed;
        _extras = extras;
        _extraRanks = new(() => [.. Extras.Select(e => CountBefore(e.Span.Start))]);
        Count = (_root is { } r ? Summary(r.Block, r.Offset).Visible(CodeSet.Empty, suppressed) : 0) + extraCount;
    }

    public int Count { get; }

    private IReadOnlyList<ListingDiagnostic> Extras => _extras.Value;

    public ListingDiagnostic this[int index]
    {
        get
        {
            ArgumentOutOfRangeException.ThrowIfNegative(index);
            ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual(index, Count);
            var before = 0;
            for (var k = 0; k < Extras.Count; k++)
            {
                var at = _extraRanks.Value[k] + k;
                if (at == index)
                {
                    return Extras[k];
                }
                if (at < index)
                {
                    before++;
                }
            }
            var (block, offset) = _root!.Value;
            return ElementAt(block, offset, CodeSet.Empty, index - before);
        }
    }

    public IEnumerator<ListingDiagnostic> GetEnumerator()
    {
        var next = 0;
        foreach (var d in Flatten(Groups()))
        {
            while (next < Extras.Count && Extras[next].Span.Start <= d.Span.Start)
            {
                yield return Extras[next++];
            }
            yield return d;
        }
        while (next < Extras.Count)
        {
            yield return Extras[next++];
        }
    }

    public IEnumerable<DiagnosticGroup> Groups() => _root is { } r ? Groups(r.Block, r.Offset, CodeSet.Empty) : [];

    public IReadOnlyList<ListingDiagnostic> DocumentWide => Extras;

    private static IEnumerable<ListingDiagnostic> Flatten(IEnumerable<DiagnosticGroup> groups) =>
        groups.SelectMany(g => g.HasParts ? Flatten(g.Parts()) : g.Findings.Select(d => Diagnose.Shift(d, g.Offset, d.Severity)));

    /// <summary>A group per child of the block with visible findings.</summary>
    private IEnumerable<DiagnosticGroup> Groups(GreenNode block, int offset, CodeSet pending)
    {
        foreach (var (child, at, before) in VisibleChildren(block, offset, pending))
        {
            if (child.Kind == SyntaxKind.ItemBlock)
            {
                yield return new DiagnosticGroup(new BlockKey(child, before, _suppressed, _context), at, () => Groups(child, at, before));
                continue;
            }
            var hidden = Hidden(child, before);
            var findings = Visible(_context.Item(child, _text, at).Diagnostics, hidden);
            // Entry nodes are unique to their text (AnalysisContext); other items share nodes between texts.
            yield return new DiagnosticGroup(child.Kind == SyntaxKind.Entry ? new ItemKey(child, hidden, _context) : null, at, findings);
        }
    }

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();

    private Summary Summary(GreenNode node, int offset) => _context.SummaryOf(node, _text, offset);

    /// <summary>The diagnostics of the items that overlap or touch <paramref name="range"/>; costs one path down plus those items.</summary>
    public IEnumerable<ListingDiagnostic> InRange(TextSpan range)
    {
        var items = _root is { } r ? Enumerate(r.Block, r.Offset, CodeSet.Empty, range) : [];
        return items.Concat(Extras.Where(e => e.Span.Start <= range.End && e.Span.End >= range.Start))
            .Where(d => d.Span.Start <= range.End && d.Span.End >= range.Start)
            .OrderBy(d => d.Span.Start);
    }

    private IEnumerable<ListingDiagnostic> Enumerate(GreenNode block, int offset, CodeSet pending, TextSpan? range = null) =>
        NotableItems(block, offset, pending, range).SelectMany(i => ItemDiagnostics(i.Item, i.Offset, i.Pending));

    /// <summary>The items under a block that may show findings, with the next-entry ignores pending before each.</summary>
    private IEnumerable<(GreenNode Item, int Offset, CodeSet Pending)> NotableItems(GreenNode block, int offset, CodeSet pending, TextSpan? range = null)
    {
        foreach (var (child, at, before) in VisibleChildren(block, offset, pending))
        {
            if (range is { } r && at > r.End)
            {
                yield break;
            }
            if (range is not { } s || at + child.Width >= s.Start)
            {
                var inner = child.Kind == SyntaxKind.ItemBlock ? NotableItems(child, at, before, range) : [(child, at, before)];
                foreach (var item in inner)
                {
                    yield return item;
                }
            }
        }
    }

    /// <summary>The children of a block with visible findings, with the next-entry ignores pending before each.</summary>
    private IEnumerable<(GreenNode Child, int Offset, CodeSet Pending)> VisibleChildren(GreenNode block, int offset, CodeSet pending)
    {
        foreach (var (child, relative, summary, afterCleanEntry) in _context.NotableChildren(block, _text, offset))
        {
            if (afterCleanEntry)
            {
                pending = CodeSet.Empty;
            }
            if (summary.Visible(pending, _suppressed) > 0)
            {
                yield return (child, offset + relative, pending);
            }
            pending = summary.After(pending);
        }
    }

    private IEnumerable<ListingDiagnostic> ItemDiagnostics(GreenNode item, int offset, CodeSet pending) =>
        Visible(_context.Item(item, _text, offset).Diagnostics, Hidden(item, pending)).Select(d => Diagnose.Shift(d, offset, d.Severity));

    private CodeSet Hidden(GreenNode item, CodeSet pending) => item.Kind == SyntaxKind.Entry ? _suppressed.Union(pending) : _suppressed;

    /// <summary>An item's relative findings without the hidden codes, with the configured severities (no copy when nothing changes).</summary>
    private ImmutableArray<ListingDiagnostic> Visible(ImmutableArray<ListingDiagnostic> findings, CodeSet hidden)
    {
        if (hidden.IsEmpty && _context.Options.SeverityOverrides.Count == 0)
        {
            return findings;
        }
        return [.. findings.Where(d => !hidden.Contains(DiagnosticCodes.Get(d.Code).Index)).Select(d => Diagnose.Shift(d, 0, SeverityOf(d)))];
    }

    private DiagnosticSeverity SeverityOf(ListingDiagnostic d) =>
        _context.Options.SeverityOverrides.TryGetValue(d.Code, out var severity) && severity is { } s ? s : d.Severity;

    private ListingDiagnostic ElementAt(GreenNode block, int offset, CodeSet pending, int index)
    {
        foreach (var (child, at) in GreenWalk.Children(block, offset))
        {
            var summary = Summary(child, at);
            var visible = summary.Visible(pending, _suppressed);
            if (index < visible)
            {
                return child.Kind == SyntaxKind.ItemBlock
                    ? ElementAt(child, at, pending, index)
                    : ItemDiagnostics(child, at, pending).ElementAt(index);
            }
            index -= visible;
            pending = summary.After(pending);
        }
        throw new InvalidOperationException("diagnostic counts out of step with the tree");
    }

    /// <summary>How many item diagnostics start before an offset (where a document-wide finding goes).</summary>
    private int CountBefore(int position)
    {
        if (_root is not { } r)
        {
            return 0;
        }
        var (block, offset) = r;
        var pending = CodeSet.Empty;
        var count = 0;
        while (true)
        {
            GreenNode? descend = null;
            foreach (var (child, at) in GreenWalk.Children(block, offset))
            {
                var summary = Summary(child, at);
                if (at + child.Width <= position)
                {
                    count += summary.Visible(pending, _suppressed);
                    pending = summary.After(pending);
                    continue;
                }
                if (at < position)
                {
                    if (child.Kind == SyntaxKind.ItemBlock)
                    {
                        (descend, offset) = (child, at);
                    }
                    else
                    {
                        count += ItemDiagnostics(child, at, pending).Count(d => d.Span.Start < position);
                    }
                }
                break;
            }
            if (descend is null)
            {
                return count;
            }
            block = descend;
        }
    }
}
