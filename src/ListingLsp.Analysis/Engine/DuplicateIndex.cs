using System.Collections.Immutable;
using ListingLsp.Syntax;

namespace ListingLsp.Analysis;

/// <summary>
/// Document-wide index for LST030: title key -> entries with that key, plus the current positions
/// of the entries that have a twin. Derived from the previous snapshot's index by the items an edit
/// replaced; positions of twins are shifted per edit (there are few). Only when an edit creates a new
/// pair whose older member's position is unknown is the file scanned once to find it.
/// </summary>
internal sealed class DuplicateIndex
{
    private static readonly ImmutableDictionary<GreenNode, int> NoPositions =
        ImmutableDictionary.Create<GreenNode, int>(ReferenceEqualityComparer.Instance);

    private DuplicateIndex(ImmutableDictionary<string, ImmutableArray<GreenNode>> byKey, ImmutableDictionary<GreenNode, int> twins)
    {
        ByKey = byKey;
        Twins = twins;
    }

    public ImmutableDictionary<string, ImmutableArray<GreenNode>> ByKey { get; }

    /// <summary>Entries whose key is shared with another entry, with their positions in this snapshot.</summary>
    public ImmutableDictionary<GreenNode, int> Twins { get; }

    public static DuplicateIndex Build(AnalysisContext context, SyntaxTree tree)
    {
        var groups = new Dictionary<string, List<(GreenNode Entry, int Position)>>(StringComparer.Ordinal);
        foreach (var (item, position) in Items(tree))
        {
            if (item.Kind == SyntaxKind.Entry && context.Item(item, tree.Text, position).TitleKey is { } key)
            {
                if (!groups.TryGetValue(key, out var list))
                {
                    groups[key] = list = [];
                }
                list.Add((item, position));
            }
        }
        var byKey = ImmutableDictionary.CreateBuilder<string, ImmutableArray<GreenNode>>(StringComparer.Ordinal);
        var twins = NoPositions.ToBuilder();
        foreach (var (key, list) in groups)
        {
            byKey[key] = [.. list.Select(e => e.Entry)];
            if (list.Count > 1)
            {
                foreach (var (entry, position) in list)
                {
                    twins[entry] = position;
                }
            }
        }
        return new DuplicateIndex(byKey.ToImmutable(), twins.ToImmutable());
    }

    /// <summary>This index moved to <paramref name="after"/>, given the items the edit replaced.</summary>
    public DuplicateIndex Update(AnalysisContext beforeContext, SyntaxTree before, AnalysisContext afterContext, SyntaxTree after, Syntax.Text.TextChange change)
    {
        var (removed, added) = ItemDiff.Between(before, after, change);
        var delta = change.NewText.Length - change.Span.Length;
        var byKey = ByKey.ToBuilder();
        var twins = NoPositions.ToBuilder();
        var gone = removed.Select(r => r.Item).ToHashSet(ReferenceEqualityComparer.Instance);
        foreach (var (entry, position) in Twins)
        {
            if (!gone.Contains(entry))
            {
                twins[entry] = position >= change.Span.End ? position + delta : position;
            }
        }
        var touched = new HashSet<string>(StringComparer.Ordinal);
        foreach (var (item, position) in removed)
        {
            if (item.Kind == SyntaxKind.Entry && beforeContext.Item(item, before.Text, position).TitleKey is { } key && byKey.TryGetValue(key, out var list))
            {
                byKey[key] = list.Remove(item, ReferenceEqualityComparer.Instance);
                if (byKey[key].IsEmpty)
                {
                    byKey.Remove(key);
                }
                touched.Add(key);
            }
        }
        foreach (var (item, position) in added)
        {
            if (item.Kind == SyntaxKind.Entry && afterContext.Item(item, after.Text, position).TitleKey is { } key)
            {
                byKey[key] = byKey.TryGetValue(key, out var list) ? list.Add(item) : [item];
                twins[item] = position;
                touched.Add(key);
            }
        }

        var unknown = new HashSet<GreenNode>(ReferenceEqualityComparer.Instance);
        foreach (var key in touched)
        {
            var members = byKey.TryGetValue(key, out var list) ? list : [];
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
                    twins[item] = position;
                }
            }
        }
        return new DuplicateIndex(byKey.ToImmutable(), twins.ToImmutable());
    }

    private static IEnumerable<(GreenNode Item, int Position)> Items(SyntaxTree tree) =>
        GreenWalk.ItemRoot(tree.Root) is { } root ? GreenWalk.Items(root.Block, root.Offset) : [];
}
