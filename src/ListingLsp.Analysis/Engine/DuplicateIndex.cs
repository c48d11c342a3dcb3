using System.Collections.Immutable;
using System.Runtime.InteropServices;
using ListingLsp.Syntax;
using ListingLsp.Syntax.Text;

namespace ListingLsp.Analysis;

/// <summary>
/// Document-wide index for LST030: title key -> entries with that key, the number of copies (entries
/// after the first of their key) and where the entries that have a twin stand. Derived from the
/// previous snapshot's index by the items an edit replaced. A twin's position is kept as recorded
/// together with the edits made since (<see cref="Twins"/> replays them), so an edit costs the
/// replaced items, not the number of twins; every <see cref="RebaseAfter"/> edits the positions are
/// brought up to date once. Only when an edit creates a new pair whose older member's position is
/// unknown is the file scanned once to find it.
/// </summary>
internal sealed class DuplicateIndex
{
    /// <summary>Edits replayed lazily before positions are rewritten (bounds the replay cost per twin).</summary>
    private const int RebaseAfter = 64;

    private static readonly ImmutableDictionary<GreenNode, Recorded> NoPositions =
        ImmutableDictionary.Create<GreenNode, Recorded>(ReferenceEqualityComparer.Instance);

    /// <summary>A twin's position in the snapshot of edit number <paramref name="Edit"/> (counted from the index's base).</summary>
    private readonly record struct Recorded(int Position, int Edit);

    /// <summary>The entries of one key in document order and where the first of them stood when built.</summary>
    private readonly record struct Group(ImmutableArray<GreenNode> Members, int FirstPosition);

    /// <summary>An edit as it moves positions: those at or after <paramref name="End"/> move by <paramref name="Delta"/>.</summary>
    private readonly record struct Shift(int End, int Delta);

    private readonly ImmutableDictionary<GreenNode, Recorded> _twins;
    private readonly ImmutableArray<Shift> _edits;
    private readonly Lazy<IReadOnlyDictionary<GreenNode, int>> _positions;

    private static readonly ImmutableDictionary<string, ImmutableArray<GreenNode>> NoChanges =
        ImmutableDictionary.Create<string, ImmutableArray<GreenNode>>(StringComparer.Ordinal);

    /// <summary>Members per key as first built: a plain dictionary, never written after <see cref="Build"/>.</summary>
    private readonly Dictionary<string, Group> _built;

    /// <summary>Members of the keys edits have touched since (an empty array: none left); looked up before <see cref="_built"/>.</summary>
    private readonly ImmutableDictionary<string, ImmutableArray<GreenNode>> _changed;

    private DuplicateIndex(Dictionary<string, Group> built, ImmutableDictionary<string, ImmutableArray<GreenNode>> changed, ImmutableDictionary<GreenNode, Recorded> twins, ImmutableArray<Shift> edits, int copies)
    {
        _built = built;
        _changed = changed;
        _twins = twins;
        _edits = edits;
        Copies = copies;
        _positions = new(CurrentPositions);
    }

    /// <summary>Entries after the first of their key (what LST030 reports before ignore directives).</summary>
    public int Copies { get; }

    /// <summary>Entries whose key is shared with another entry, with their positions in this snapshot.</summary>
    public IReadOnlyDictionary<GreenNode, int> Twins => _positions.Value;

    public static DuplicateIndex Build(AnalysisContext context, SyntaxTree tree)
    {
        // One pass, one dictionary write per entry; a persistent map would cost far more for a large file.
        var built = new Dictionary<string, Group>(StringComparer.Ordinal);
        var twins = NoPositions.ToBuilder();
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
                twins[group.Members[0]] = new(group.FirstPosition, 0);
            }
            group = group with { Members = group.Members.Add(item) };
            copies++;
            twins[item] = new(position, 0);
        }
        return new DuplicateIndex(built, NoChanges, twins.ToImmutable(), [], copies);
    }

    private static ImmutableArray<GreenNode> Members(ImmutableDictionary<string, ImmutableArray<GreenNode>>.Builder changed, Dictionary<string, Group> built, string key) =>
        changed.TryGetValue(key, out var members) ? members : built.TryGetValue(key, out var group) ? group.Members : [];

    /// <summary>This index moved to <paramref name="after"/>, given the items the edit replaced.</summary>
    public DuplicateIndex Update(AnalysisContext beforeContext, SyntaxTree before, AnalysisContext afterContext, SyntaxTree after, TextChange change)
    {
        var (removed, added) = ItemDiff.Between(before, after, change);
        var changed = _changed.ToBuilder();
        var twins = _twins.ToBuilder();
        var edits = _edits.Add(new Shift(change.Span.End, change.NewText.Length - change.Span.Length));
        var now = edits.Length;
        var copies = Copies;
        var touched = new Dictionary<string, int>(StringComparer.Ordinal);
        void Touch(string key, int size) => touched.TryAdd(key, size);
        foreach (var (item, position) in removed)
        {
            twins.Remove(item);
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
                twins[item] = new(position, now);
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
                    twins.Remove(entry);
                }
                else if (!twins.ContainsKey(entry))
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
                    twins[item] = new(position, now);
                }
            }
        }
        var index = new DuplicateIndex(_built, changed.ToImmutable(), twins.ToImmutable(), edits, copies);
        return edits.Length < RebaseAfter ? index : index.Rebased();
    }

    private DuplicateIndex Rebased()
    {
        var twins = NoPositions.ToBuilder();
        foreach (var (entry, position) in Twins)
        {
            twins[entry] = new(position, 0);
        }
        return new DuplicateIndex(_built, _changed, twins.ToImmutable(), [], Copies);
    }

    private Dictionary<GreenNode, int> CurrentPositions()
    {
        var positions = new Dictionary<GreenNode, int>(_twins.Count, ReferenceEqualityComparer.Instance);
        foreach (var (entry, recorded) in _twins)
        {
            var position = recorded.Position;
            for (var e = recorded.Edit; e < _edits.Length; e++)
            {
                if (position >= _edits[e].End)
                {
                    position += _edits[e].Delta;
                }
            }
            positions[entry] = position;
        }
        return positions;
    }

    private static IEnumerable<(GreenNode Item, int Position)> Items(SyntaxTree tree) =>
        GreenWalk.ItemRoot(tree.Root) is { } root ? GreenWalk.Items(root.Block, root.Offset) : [];
}
