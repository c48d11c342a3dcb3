namespace ListingLsp.Syntax;

/// <summary>
/// Shares small green nodes that have the same kind and the same token children. A green node holds
/// no text and no position, so two such nodes are interchangeable; since tokens are interned, most
/// headers, abstracts, org lists and blank lines of a file are a handful of shapes. Sharing them
/// halves the objects a parse allocates. Items other than blank lines are never shared: analysis
/// caches per item node, so one entry, comment or directive object must stand for one text.
/// The table is lossy: a collision replaces the slot, and a race only costs a duplicate node.
/// </summary>
internal static class GreenNodeCache
{
    private const int MaxChildren = 4;
    private const int Size = 1 << 14;

    private static readonly GreenNode?[] Table = new GreenNode?[Size];

    public static GreenNode Get(SyntaxKind kind, ReadOnlySpan<GreenNode> children)
    {
        if ((kind.IsItem() && kind != SyntaxKind.BlankLine) || children.Length > MaxChildren)
        {
            return GreenNode.Node(kind, children);
        }
        // Tokens are interned, so (kind, width) identifies a token child and hashes it without a call.
        // A node with a node child (a byline over its author list) almost never repeats: not shared.
        var hash = (uint)kind;
        foreach (var child in children)
        {
            if (!child.IsToken)
            {
                return GreenNode.Node(kind, children);
            }
            hash = (hash ^ (uint)child.Width ^ ((uint)child.Kind << 24)) * 0x9E3779B1;
        }
        ref var slot = ref Table[(hash ^ (hash >> 16)) & (Size - 1)];
        var cached = slot;
        if (cached is not null && cached.Kind == kind && SameChildren(cached.Slots, children))
        {
            return cached;
        }
        var node = GreenNode.Node(kind, children);
        slot = node;
        return node;
    }

    private static bool SameChildren(ReadOnlySpan<GreenNode> a, ReadOnlySpan<GreenNode> b)
    {
        if (a.Length != b.Length)
        {
            return false;
        }
        for (var i = 0; i < a.Length; i++)
        {
            if (!ReferenceEquals(a[i], b[i]))
            {
                return false;
            }
        }
        return true;
    }
}
