using System.Collections.Immutable;
using ListingLsp.Syntax;
using ListingLsp.Syntax.Text;

namespace ListingLsp.Analysis;

/// <summary>
/// Immutable snapshot of one listing: its syntax tree plus lazily computed, per-entry cached
/// semantics. <see cref="WithChange"/> reuses the analysis of every entry the edit did not touch.
/// This is the one engine behind the language server and the CLI.
/// </summary>
public sealed partial class ListingDocument
{
    private readonly AnalysisContext _context;
    private readonly Lazy<DuplicateIndex> _duplicates;
    private readonly Lazy<DiagnosticList> _diagnostics;

    private ListingDocument(SyntaxTree syntax, AnalysisContext context, Func<DuplicateIndex>? deriveDuplicates)
    {
        Syntax = syntax;
        _context = context;
        _duplicates = new(deriveDuplicates ?? (() => DuplicateIndex.Build(context, syntax)));
        _diagnostics = new(ComputeDiagnostics);
    }

    public static ListingDocument Create(string text, AnalysisOptions? options = null) => Create(Rope.From(text), options);

    /// <summary>A document over a rope that is already built (the server builds large texts from UTF-8 bytes).</summary>
    public static ListingDocument Create(Rope text, AnalysisOptions? options = null)
    {
        options ??= AnalysisOptions.Default;
        return new ListingDocument(SyntaxTree.Parse(text), new AnalysisContext(options, AnalysisContext.TodayOf(options)), null);
    }

    public SyntaxTree Syntax { get; }

    public Rope Text => Syntax.Text;

    public AnalysisOptions Options => _context.Options;

    public ListingDocument WithChange(TextChange change)
    {
        var tree = Syntax.WithChange(change);
        var today = AnalysisContext.TodayOf(Options);
        var context = today == _context.Today ? _context : new AnalysisContext(Options, today);
        // Derive the duplicate index from this snapshot's only when it exists already; never keep a chain of snapshots alive.
        Func<DuplicateIndex>? derive = null;
        if (_duplicates.IsValueCreated)
        {
            var (before, beforeTree, beforeContext) = (_duplicates.Value, Syntax, _context);
            derive = () => before.Update(beforeContext, beforeTree, context, tree, change);
        }
        return new ListingDocument(tree, context, derive);
    }

    public ListingDocument WithOptions(AnalysisOptions options) =>
        options == Options ? this : new ListingDocument(Syntax, new AnalysisContext(options, AnalysisContext.TodayOf(options)), null);

    /// <summary>Every diagnostic of the document, ignore directives and severity settings applied, in document order.</summary>
    public IReadOnlyList<ListingDiagnostic> GetDiagnostics() => _diagnostics.Value;

    /// <summary>Diagnostics whose span overlaps or touches <paramref name="range"/> (code actions, hover), in order; costs the items in the range.</summary>
    public IEnumerable<ListingDiagnostic> GetDiagnostics(TextSpan range) => _diagnostics.Value.InRange(range);

    // Models are read from the text on every request and never kept: a pass over every entry (export,
    // the outline, the workspace index) would otherwise leave each entry's strings on the heap for as
    // long as the snapshot lives (350 MB at 100k entries, the abstracts most of it).

    /// <summary>Entries in document order, each read anew.</summary>
    public IEnumerable<EntryModel> Entries => Items().Where(i => i.Item.Kind == SyntaxKind.Entry).Select(i => Model(i.Item, i.Position));

    /// <summary>The header and byline of every entry in document order, each read anew; cheaper than <see cref="Entries"/> (the abstracts are not read).</summary>
    public IEnumerable<EntryHeadline> Headlines => Items().Where(i => i.Item.Kind == SyntaxKind.Entry).Select(i => Headline(i.Item, i.Position));

    /// <summary>The entry whose lines hold the offset, if any.</summary>
    public EntryModel? EntryAt(int offset)
    {
        var item = Syntax.FindItem(offset);
        return item is { Kind: SyntaxKind.Entry } ? Model(item.Green, item.Position) : null;
    }

    /// <summary>Section headings (<c>## ...</c>) in order, each with the entries under it; built anew on every call.</summary>
    public IReadOnlyList<SectionModel> Sections =>
        [.. SectionSpans().Select(s => new SectionModel(s.Heading, s.Span, [.. EntriesIn(s.Span)]))];

    /// <summary>Plain <c># ...</c> comment lines in order (text without the line break).</summary>
    public IEnumerable<Located<string>> Comments =>
        Items().Where(i => i.Item.Kind == SyntaxKind.Comment).Select(i =>
        {
            var text = Text.ToString(i.Position, i.Item.Width).TrimEnd('\r', '\n');
            return new Located<string>(text, new TextSpan(i.Position, text.Length));
        });

    /// <summary>Ignore directives in order: their span, whether they cover the file, and the known codes they name.</summary>
    public IEnumerable<IgnoreDirective> IgnoreDirectives =>
        Items().Where(i => i.Item.Kind == SyntaxKind.Directive).Select(i =>
        {
            var analysis = _context.Item(i.Item, Text, i.Position);
            var codes = analysis.IsFileDirective ? analysis.Summary.FileIgnores : analysis.Summary.Trailing;
            return new IgnoreDirective(new TextSpan(i.Position, i.Item.Width), analysis.IsFileDirective,
                [.. DiagnosticCodes.All.Where(d => codes.Contains(d.Index)).Select(d => d.Code)]);
        });

    internal IEnumerable<(GreenNode Item, int Position)> Items() =>
        GreenWalk.ItemRoot(Syntax.Root) is { } root ? GreenWalk.Items(root.Block, root.Offset) : [];

    internal EntryModel Model(GreenNode entry, int position) =>
        _context.ReadModel(entry, Text, position);

    private EntryHeadline Headline(GreenNode entry, int position) =>
        _context.ReadHeadline(entry, Text, position);

    /// <summary>
    /// Section headings (text without the <c>#</c> marks) and spans, in order: a section runs from its
    /// heading to its last item that is not a blank line, before the next heading. Reads no entry.
    /// </summary>
    internal IEnumerable<(Located<string> Heading, TextSpan Span)> SectionSpans()
    {
        Located<string>? heading = null;
        var start = 0;
        var end = 0;
        foreach (var (item, position) in Items())
        {
            if (item.Kind == SyntaxKind.SectionHeading)
            {
                if (heading is { } h)
                {
                    yield return (h, TextSpan.FromBounds(start, end));
                }
                var text = Text.ToString(position, item.Width).TrimEnd('\r', '\n');
                heading = new(text.TrimStart('#').Trim(), new TextSpan(position, text.Length));
                start = position;
            }
            if (item.Kind is not SyntaxKind.BlankLine)
            {
                end = position + item.Width;
            }
        }
        if (heading is { } last)
        {
            yield return (last, TextSpan.FromBounds(start, end));
        }
    }

    private IEnumerable<EntryModel> EntriesIn(TextSpan span) =>
        Syntax.ItemsFrom(span.Start).TakeWhile(i => i.Position < span.End).Where(i => i.Kind == SyntaxKind.Entry).Select(i => Model(i.Green, i.Position));

    private DiagnosticList ComputeDiagnostics()
    {
        var root = GreenWalk.ItemRoot(Syntax.Root);
        var summary = root is { } r ? _context.SummaryOf(r.Block, Text, r.Offset) : Summary.Empty;
        var fileIgnores = summary.FileIgnores;
        var suppressed = fileIgnores;
        foreach (var (code, severity) in Options.SeverityOverrides)
        {
            if (severity is null && DiagnosticCodes.Find(code) is { } d)
            {
                suppressed = suppressed.With(d.Index);
            }
        }
        if (suppressed.Contains(DiagnosticCodes.DuplicatePaper))
        {
            return new DiagnosticList(_context, Syntax, suppressed, new([]), 0);
        }
        // Without a `# listing-ignore LST030` anywhere, every copy shows: the count is known without making the findings.
        if (!summary.NextEntryIgnores.Contains(DiagnosticCodes.DuplicatePaper))
        {
            return new DiagnosticList(_context, Syntax, suppressed, new(DuplicatePapers), _duplicates.Value.Copies);
        }
        var extras = DuplicatePapers();
        return new DiagnosticList(_context, Syntax, suppressed, new(extras), extras.Count);
    }

    /// <summary>LST030 on every copy after the first, pointing at the first.</summary>
    private List<ListingDiagnostic> DuplicatePapers()
    {
        var index = _duplicates.Value;
        var result = new List<ListingDiagnostic>(index.Copies);
        var severity = Options.SeverityOverrides.TryGetValue(DiagnosticCodes.DuplicatePaper, out var s) && s is { } o
            ? o : DiagnosticCodes.Get(DiagnosticCodes.DuplicatePaper).DefaultSeverity;
        TextSpan TitleOf(KeyValuePair<GreenNode, int> twin) => _context.Item(twin.Key, Text, twin.Value).TitleSpan!.Value.Shift(twin.Value);
        foreach (var group in index.Twins.GroupBy(t => _context.Item(t.Key, Text, t.Value).TitleKey))
        {
            var copies = group.OrderBy(t => t.Value).ToList();
            var first = TitleOf(copies[0]);
            var firstLine = Text.GetLineIndex(copies[0].Value);
            foreach (var copy in copies.Skip(1))
            {
                if (!PendingIgnores(copy.Value).Contains(DiagnosticCodes.DuplicatePaper))
                {
                    var title = TitleOf(copy);
                    result.Add(new ListingDiagnostic(DiagnosticCodes.DuplicatePaper, severity, title,
                        Messages.DuplicatePaper(Text.ToString(title), firstLine),
                        [new RelatedLocation(first, Messages.DuplicatePaperRelated)], []));
                }
            }
        }
        result.Sort((a, b) => a.Span.Start.CompareTo(b.Span.Start));
        return result;
    }

    /// <summary>Next-entry ignore codes that reach the entry at <paramref name="position"/> (walks back over the lines between it and the previous entry).</summary>
    private CodeSet PendingIgnores(int position)
    {
        var pending = CodeSet.Empty;
        while (position > 0 && Syntax.FindItem(position - 1) is { } item && item.Kind != SyntaxKind.Entry)
        {
            pending = pending.Union(_context.Item(item.Green, Text, item.Position).Summary.Trailing);
            position = item.Position;
        }
        return pending;
    }
}

/// <summary>A <c># listing-ignore</c> or <c># listing-ignore-file</c> line and the known codes it names.</summary>
public sealed record IgnoreDirective(TextSpan Span, bool IsFileLevel, ImmutableArray<string> Codes);
