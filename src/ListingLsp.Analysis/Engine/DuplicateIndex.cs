using System.Collections.Immutable;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using ListingLsp.Syntax;
using ListingLsp.Syntax.Text;

namespace ListingLsp.Analysis;

/// <summary>
/// Document-wide index for LST030: title key -> entries with that key, the number of copies (entries
/// after the first of their key) and where the entries that have a twin stand. Derived from the
/// previous snapshot's index by the items an edit replaced. Twin positions are a plain base map plus
/// a small persistent overlay of the twins changed since, both replayed through the edits made since
/// the base (<see cref="Twins"/>), so an edit costs the replaced items, not the number of twins.
/// Positions read for a snapshot become the next base for free; when nobody reads them, a new base is
/// made every <see cref="RebaseAfter"/> edits (one pass over the twins, no persistent structure rebuilt). Only when an edit creates a new pair whose older member's position is unknown
/// is the file scanned once to find it.
/// </summary>
internal sealed class DuplicateIndex
{
    /// <summary>Edits replayed lazily before positions are rewritten when nobody read them (bounds the replay cost per twin).</summary>
    private const int RebaseAfter = 256;

    private static readonly ImmutableDictionary<GreenNode, Recorded> NoOverlay =
        ImmutableDictionary.Create<GreenNode, Recorded>(ReferenceEqualityComparer.Instance);

    /// <summary>A twin's position in the snapshot after edit number <paramref name="Edit"/> since the base; a negative position: no longer a twin.</summary>
    private readonly record struct Recorded(int Position, int Edit)
    {
        public static Recorded Gone => new(-1, 0);
    }

    /// <summary>The entries of one key in document order and where the first of them stood when built.</summary>
    private readonly record struct Group(ImmutableArray<GreenNode> Members, int FirstPosition);

    /// <summary>An edit as it moves positions: those at or after <paramref name="End"/> move by <paramref name="Delta"/>.</summary>
    private readonly record struct Shift(int End, int Delta);

    /// <summary>Twin positions at the base (before <see cref="_edits"/>); never written once made.</summary>
    private readonly Dictionary<GreenNode, int> _base;

    /// <summary>Twins added, moved or gone since the base; looked up before <see cref="_base"/>.</summary>
    private readonly ImmutableDictionary<GreenNode, Recorded> _overlay;

    private readonly ImmutableArray<Shift> _edits;
    private readonly Lazy<Dictionary<GreenNode, int>> _positions;

    private static readonly ImmutableDictionary<string, ImmutableArray<GreenNode>> NoChanges =
        ImmutableDictionary.Create<string, ImmutableArray<GreenNode>>(StringComparer.Ordinal);

    /// <summary>Members per key as first built: a plain dictionary, never written after <see cref="Build"/>.</summary>
    private readonly Dictionary<string, Group> _built;

    /// <summary>Members of the keys edits have touched since (an empty array: none left); looked up before <see cref="_built"/>.</summary>
    private readonly ImmutableDictionary<string, ImmutableArray<GreenNode>> _changed;

    private DuplicateIndex(Dictionary<string, Group> built, ImmutableDictionary<string, ImmutableArray<GreenNode>> changed,
        Dictionary<GreenNode, int> twinBase, ImmutableDictionary<GreenNode, Recorded> overlay, ImmutableArray<Shift> edits, int copies)
    {
        _built = built;
        _changed = changed;
        _base = twinBase;
        _overlay = overlay;
        _edits = edits;
        Copies = copies;
        _positions = new(CurrentPositions);
    }

    /// <summary>Entries after the first of their key (what LST030 reports before ignore directives).</summary>
    public int Copies { get; }

    /// <summary>Entries whose key is shared with another entry, with their positions in this snapshot.</summary>
    public IReadOnlyDictionary<GreenNode, int> Twins => _positions.Value;

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static DuplicateIndex Build(AnalysisContext context, SyntaxTree tree)
    {
        // One pass, one dictionary write per entry; a persistent map would cost far more for a large file.
        var built = new Dictionary<string, Group>(StringComparer.Ordinal);
        var twins = new Dictionary<GreenNode, int>(ReferenceEqualityComparer.Instance);
        var copies = 0;
        foreach (var (item, position) in Items(tree))
        {
            if (item.Kind != SyntaxKind.Entry || context.Item(item, tree.Text, position).TitleKey is not { } key)
            {
                continue;
            }
            ref var group = ref CollectionsMarshal.GetValueRefOrAddDefault(built, key, out var exists);
            if (!exists)
            {
                group = new([item], position);
                continue;
            }
            if (group.Members.Length == 1)
            {
                twins[group.Members[0]] = group.FirstPosition;
            }
            group = group with { Members = group.Members.Add(item) };
            copies++;
            twins[item] = position;
        }
        return new DuplicateIndex(built, NoChanges, twins, NoOverlay, [], copies);
    }

    private static ImmutableArray<GreenNode> Members(ImmutableDictionary<string, ImmutableArray<GreenNode>>.Builder changed, Dictionary<string, Group> built, string key) =>
        changed.TryGetValue(key, out var members) ? members : built.TryGetValue(key, out var group) ? group.Members : [];

    /// <summary>This index moved to <paramref name="after"/>, given the items the edit replaced.</summary>
    public DuplicateIndex Update(AnalysisContext beforeContext, SyntaxTree before, AnalysisContext afterContext, SyntaxTree after, TextChange change)
    {
        var (removed, added) = ItemDiff.Between(before, after, change);
        var changed = _changed.ToBuilder();
        // Positions someone already read for this snapshot (the server reads every list) are a free new base.
        var (twinBase, overlay, edits) = _positions.IsValueCreated
            ? (_positions.Value, NoOverlay.ToBuilder(), ImmutableArray<Shift>.Empty)
            : (_base, _overlay.ToBuilder(), _edits);
        bool IsTwin(GreenNode entry) => overlay.TryGetValue(entry, out var r) ? r.Position >= 0 : twinBase.ContainsKey(entry);
        void NoLongerTwin(GreenNode entry)
        {
            if (twinBase.ContainsKey(entry))
            {
                overlay[entry] = Recorded.Gone;
            }
            else
            {
                overlay.Remove(entry);
            }
        }
        edits = edits.Add(new Shift(change.Span.End, change.NewText.Length - change.Span.Length));
        var now = edits.Length;
        var copies = Copies;
        var touched = new Dictionary<string, int>(StringComparer.Ordinal);
        void Touch(string key, int size) => touched.TryAdd(key, size);
        foreach (var (item, position) in removed)
        {
            NoLongerTwin(item);
            if (item.Kind == SyntaxKind.Entry && beforeContext.Item(item, before.Text, position).TitleKey is { } key && Members(changed, _built, key) is { IsEmpty: false } list)
            {
                Touch(key, list.Length);
                changed[key] = list.Remove(item, ReferenceEqualityComparer.Instance);
            }
        }
        foreach (var (item, position) in added)
        {
            if (item.Kind == SyntaxKind.Entry && afterContext.Item(item, after.Text, position).TitleKey is { } key)
            {
                var list = Members(changed, _built, key);
                Touch(key, list.Length);
                changed[key] = list.Add(item);
                overlay[item] = new(position, now);
            }
        }

        var unknown = new HashSet<GreenNode>(ReferenceEqualityComparer.Instance);
        foreach (var (key, sizeBefore) in touched)
        {
            var members = Members(changed, _built, key);
            copies += Math.Max(0, members.Length - 1) - Math.Max(0, sizeBefore - 1);
            foreach (var entry in members)
            {
                if (members.Length < 2)
                {
                    NoLongerTwin(entry);
                }
                else if (!IsTwin(entry))
                {
                    unknown.Add(entry);
                }
            }
        }
        if (unknown.Count > 0)
        {
            foreach (var (item, position) in Items(after))
            {
                if (unknown.Contains(item))
                {
                    overlay[item] = new(position, now);
                }
            }
        }
        var index = new DuplicateIndex(_built, changed.ToImmutable(), twinBase, overlay.ToImmutable(), edits, copies);
        // The current positions are a valid base (never written again).
        return edits.Length < RebaseAfter ? index : new DuplicateIndex(_built, index._changed, index._positions.Value, NoOverlay, [], copies);
    }

    private Dictionary<GreenNode, int> CurrentPositions()
    {
        // The overlay is small: read it first, so the base needs no lookup in it per twin.
        var positions = new Dictionary<GreenNode, int>(_base.Count + _overlay.Count, ReferenceEqualityComparer.Instance);
        var gone = new HashSet<GreenNode>(ReferenceEqualityComparer.Instance);
        foreach (var (entry, recorded) in _overlay)
        {
            if (recorded.Position >= 0)
            {
                positions[entry] = Replay(recorded.Position, recorded.Edit);
            }
            else
            {
                gone.Add(entry);
            }
        }
        foreach (var (entry, position) in _base)
        {
            if (!gone.Contains(entry))
            {
                positions.TryAdd(entry, Replay(position, 0));
            }
        }
        return positions;
    }

    private int Replay(int position, int fromEdit)
    {
        for (var e = fromEdit; e < _edits.Length; e++)
        {
            if (position >= _edits[e].End)
            {
                position += _edits[e].Delta;
            }
        }
        return position;
    }

    private static IEnumerable<(GreenNode Item, int Position)> Items(SyntaxTree tree) =>
        GreenWalk.ItemRoot(tree.Root) is { } root ? GreenWalk.Items(root.Block, root.Offset) : [];
}
