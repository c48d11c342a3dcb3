namespace ListingLsp.Syntax.Text;

/// <summary>
/// Immutable B-tree algorithms over <see cref="RopeNode"/>: building from text, concatenation, and cutting
/// at leaf boundaries. Each returns a new root and shares every untouched subtree with its inputs.
/// Roots may have fewer than <see cref="RopeLimits.MinFanout"/> children (at least two); a root is never
/// placed below another node, only its children are, so inner nodes always respect the fan-out bounds.
/// </summary>
internal static class RopeTree
{
    /// <summary>A balanced tree over <paramref name="text"/>, whose leaves are slices of it (no copy) or, for
    /// a UTF-8 rope, UTF-8 copies (see <see cref="RopeLeaf.Create"/>).</summary>
    public static RopeNode Build(ReadOnlyMemory<char> text, RopeLimits limits, bool utf8)
    {
        var nodes = new List<RopeNode>(text.Length / Math.Max(1, limits.MaxChunk - 1) + 1);
        Chunk(text, limits.MaxChunk, utf8, nodes);
        return Stack(nodes, limits);
    }

    /// <summary>A balanced tree over leaves in document order.</summary>
    public static RopeNode Stack(List<RopeNode> leaves, RopeLimits limits)
    {
        while (leaves.Count > 1)
        {
            leaves = GroupLevel(leaves, limits.MaxFanout);
        }
        return leaves.Count == 0 ? RopeLeaf.Empty : leaves[0];
    }

    /// <summary>Below this many leaves (about 1M chars) building them on one thread is cheaper than starting others.</summary>
    private const int ParallelLeafThreshold = 256;

    /// <summary>
    /// Slices text into leaves of near-equal size: at most <paramref name="maxChunk"/> each and, when there are
    /// several, more than about half of it, never ending a leaf between CR and LF or inside a surrogate pair.
    /// A leaf counts its line breaks (and a UTF-8 leaf encodes) when it is made, a pass over every char, so a
    /// large text's leaves are made on every core (the cuts are fixed first, so the result does not depend on
    /// the split).
    /// </summary>
    public static void Chunk(ReadOnlyMemory<char> text, int maxChunk, bool utf8, List<RopeNode> into)
    {
        var n = text.Length;
        if (n == 0)
        {
            return;
        }
        // With n / count <= maxChunk - 1, moving a cut back by one char keeps every leaf within maxChunk.
        var count = n <= maxChunk ? 1 : (n + maxChunk - 2) / (maxChunk - 1);
        var span = text.Span;
        var cuts = new int[count + 1];
        for (var j = 1; j <= count; j++)
        {
            var cut = j == count ? n : (int)((long)j * n / count);
            if (cut < n && LineBreaks.IsUnsplittable(span[cut - 1], span[cut]))
            {
                cut--;
            }
            cuts[j] = cut;
        }
        var leaves = new RopeNode[count];
        if (count < ParallelLeafThreshold || Environment.ProcessorCount == 1)
        {
            MakeLeaves(text, cuts, utf8, leaves, 0, count);
        }
        else
        {
            var parts = Environment.ProcessorCount;
            Parallel.For(0, parts, part => MakeLeaves(text, cuts, utf8, leaves, (int)((long)part * count / parts), (int)((long)(part + 1) * count / parts)));
        }
        into.AddRange(leaves);
    }

    private static void MakeLeaves(ReadOnlyMemory<char> text, int[] cuts, bool utf8, RopeNode[] leaves, int from, int to)
    {
        for (var j = from; j < to; j++)
        {
            leaves[j] = RopeLeaf.Create(text[cuts[j]..cuts[j + 1]], utf8, loaded: true);
        }
    }

    /// <summary>Groups same-height nodes under parents of near-equal fan-out (each at least half of max).</summary>
    private static List<RopeNode> GroupLevel(List<RopeNode> nodes, int maxFanout)
    {
        var groups = (nodes.Count + maxFanout - 1) / maxFanout;
        var parents = new List<RopeNode>(groups);
        var previous = 0;
        for (var j = 1; j <= groups; j++)
        {
            var end = (int)((long)j * nodes.Count / groups);
            parents.Add(Group(nodes, previous, end - previous));
            previous = end;
        }
        return parents;
    }

    public static RopeNode Concat(RopeNode left, RopeNode right, RopeLimits limits)
    {
        if (left.Length == 0)
        {
            return right;
        }
        if (right.Length == 0)
        {
            return left;
        }
        var (first, second) = Join(left, right, limits.MaxFanout);
        return second is null ? first : new RopeBranch([first, second]);
    }

    /// <summary>
    /// Joins two trees into one or two nodes of height max(left, right): the shorter tree is merged into the
    /// taller one's edge at its own height, and each overfull node on the way back up splits in half.
    /// </summary>
    private static (RopeNode First, RopeNode? Second) Join(RopeNode left, RopeNode right, int maxFanout)
    {
        if (left.Height == right.Height)
        {
            if (left is not RopeBranch l || right is not RopeBranch r)
            {
                return (left, right);
            }
            return Balanced([.. l.Children, .. r.Children], maxFanout);
        }
        if (left.Height > right.Height)
        {
            var children = ((RopeBranch)left).Children;
            var (first, second) = Join(children[^1], right, maxFanout);
            RopeNode[] merged = second is null ? [.. children.AsSpan(0, children.Length - 1), first]
                : [.. children.AsSpan(0, children.Length - 1), first, second];
            return Balanced(merged, maxFanout);
        }
        else
        {
            var children = ((RopeBranch)right).Children;
            var (first, second) = Join(left, children[0], maxFanout);
            RopeNode[] merged = second is null ? [first, .. children.AsSpan(1)]
                : [first, second, .. children.AsSpan(1)];
            return Balanced(merged, maxFanout);
        }
    }

    private static (RopeNode First, RopeNode? Second) Balanced(RopeNode[] children, int maxFanout)
    {
        if (children.Length <= maxFanout)
        {
            return (new RopeBranch(children), null);
        }
        var half = children.Length / 2;
        return (new RopeBranch(children[..half]), new RopeBranch(children[half..]));
    }

    /// <summary>The text [0, boundary) of a tree; <paramref name="boundary"/> must fall between two leaves.</summary>
    public static RopeNode Prefix(RopeNode node, int boundary, RopeLimits limits)
    {
        if (boundary <= 0)
        {
            return RopeLeaf.Empty;
        }
        if (boundary >= node.Length)
        {
            return node;
        }
        var children = ((RopeBranch)node).Children;
        var before = 0;
        var i = 0;
        while (before + children[i].Length < boundary)
        {
            before += children[i++].Length;
        }
        if (before + children[i].Length == boundary)
        {
            return Group(children, 0, i + 1);
        }
        var inner = Prefix(children[i], boundary - before, limits);
        return i == 0 ? inner : Concat(Group(children, 0, i), inner, limits);
    }

    /// <summary>The text [boundary, Length) of a tree; <paramref name="boundary"/> must fall between two leaves.</summary>
    public static RopeNode Suffix(RopeNode node, int boundary, RopeLimits limits)
    {
        if (boundary <= 0)
        {
            return node;
        }
        if (boundary >= node.Length)
        {
            return RopeLeaf.Empty;
        }
        var children = ((RopeBranch)node).Children;
        var before = 0;
        var i = 0;
        while (before + children[i].Length <= boundary)
        {
            before += children[i++].Length;
        }
        if (before == boundary)
        {
            return Group(children, i, children.Length - i);
        }
        var inner = Suffix(children[i], boundary - before, limits);
        var rest = children.Length - i - 1;
        return rest == 0 ? inner : Concat(inner, Group(children, i + 1, rest), limits);
    }

    /// <summary>One node over a run of siblings: the sibling itself when alone, else a new (root) branch.</summary>
    private static RopeNode Group(IReadOnlyList<RopeNode> nodes, int start, int count)
    {
        if (count == 1)
        {
            return nodes[start];
        }
        var children = new RopeNode[count];
        for (var k = 0; k < count; k++)
        {
            children[k] = nodes[start + k];
        }
        return new RopeBranch(children);
    }

    /// <summary>A copy of the tree with the leaf that starts at <paramref name="leafStart"/> swapped for
    /// <paramref name="leaf"/>, copying only the nodes on its path.</summary>
    public static RopeNode ReplaceLeaf(RopeNode node, int leafStart, RopeLeaf leaf)
    {
        if (node is not RopeBranch branch)
        {
            return leaf;
        }
        var children = (RopeNode[])branch.Children.Clone();
        var i = 0;
        while (leafStart >= children[i].Length)
        {
            leafStart -= children[i++].Length;
        }
        children[i] = ReplaceLeaf(children[i], leafStart, leaf);
        return new RopeBranch(children);
    }

    /// <summary>The leaf holding <paramref name="offset"/> (the last leaf for offset == Length).</summary>
    public static RopeLeaf FindLeaf(RopeNode node, int offset, out int leafStart) =>
        FindLeaf(node, offset, out leafStart, out _);

    /// <summary>The leaf holding <paramref name="offset"/>, and the line breaks in all leaves before it.</summary>
    public static RopeLeaf FindLeaf(RopeNode node, int offset, out int leafStart, out int breaksBefore)
    {
        var local = offset;
        breaksBefore = 0;
        while (node is RopeBranch branch)
        {
            node = branch.Children[ChildAt(branch.Children, ref local, ref breaksBefore)];
        }
        leafStart = offset - local;
        return (RopeLeaf)node;
    }

    /// <summary>
    /// Index of the child holding <paramref name="offset"/> (the last child for the end offset); the offset
    /// becomes relative to that child and the breaks of the children before it are added up.
    /// </summary>
    public static int ChildAt(RopeNode[] children, ref int offset, ref int breaksBefore)
    {
        var i = 0;
        while (i < children.Length - 1 && offset >= children[i].Length)
        {
            offset -= children[i].Length;
            breaksBefore += children[i].LineBreaks;
            i++;
        }
        return i;
    }

    public static void CopyTo(RopeNode node, int start, Span<char> destination)
    {
        if (node is RopeLeaf leaf)
        {
            leaf.Chars.Slice(start, destination.Length).CopyTo(destination);
            return;
        }
        foreach (var child in ((RopeBranch)node).Children)
        {
            if (destination.IsEmpty)
            {
                return;
            }
            if (start >= child.Length)
            {
                start -= child.Length;
                continue;
            }
            var count = Math.Min(child.Length - start, destination.Length);
            CopyTo(child, start, destination[..count]);
            destination = destination[count..];
            start = 0;
        }
    }
}
