namespace ListingLsp.Syntax.Text;

public sealed partial class Rope
{
    /// <summary>Height of the tree (0 for a single leaf).</summary>
    internal int Height => _root.Height;

    internal int LeafCount => CountLeaves(_root);

    internal int MinFanout => _limits.MinFanout;

    /// <summary>
    /// The first broken structural invariant, or null: cached counts, uniform leaf depth, fan-out and chunk
    /// size bounds (a lone root excepted), and no chunk boundary inside a CRLF or a surrogate pair.
    /// </summary>
    internal string? FindInvariantViolation()
    {
        if (_root is RopeBranch { Children.Length: < 2 })
        {
            return "root branch with fewer than two children";
        }
        var leaves = new List<RopeLeaf>();
        var problem = Check(_root, isRoot: true, leaves);
        if (problem is not null)
        {
            return problem;
        }
        for (var i = 1; i < leaves.Count; i++)
        {
            var before = leaves[i - 1].Text.Span;
            var after = leaves[i].Text.Span;
            if (LineBreaks.IsUnsplittable(before[^1], after[0]))
            {
                return $"leaves {i - 1} and {i} split a CRLF or a surrogate pair";
            }
        }
        return null;
    }

    private string? Check(RopeNode node, bool isRoot, List<RopeLeaf> leaves)
    {
        if (node is RopeLeaf leaf)
        {
            leaves.Add(leaf);
            if (leaf.Length != leaf.Text.Length || leaf.LineBreaks != LineBreaks.Count(leaf.Text.Span))
            {
                return "leaf caches wrong counts";
            }
            if (leaf.Length > _limits.MaxChunk || (!isRoot && leaf.Length < _limits.MinChunk))
            {
                return $"leaf of {leaf.Length} chars outside [{_limits.MinChunk}, {_limits.MaxChunk}]";
            }
            return null;
        }
        var branch = (RopeBranch)node;
        var count = branch.Children.Length;
        if (count > _limits.MaxFanout || (!isRoot && count < _limits.MinFanout))
        {
            return $"branch of {count} children outside [{_limits.MinFanout}, {_limits.MaxFanout}]";
        }
        int length = 0, breaks = 0;
        foreach (var child in branch.Children)
        {
            if (child.Height != branch.Height - 1)
            {
                return "leaves at different depths";
            }
            length += child.Length;
            breaks += child.LineBreaks;
            if (Check(child, isRoot: false, leaves) is { } problem)
            {
                return problem;
            }
        }
        return length == branch.Length && breaks == branch.LineBreaks ? null : "branch caches wrong counts";
    }

    private static int CountLeaves(RopeNode node)
    {
        if (node is not RopeBranch branch)
        {
            return 1;
        }
        var count = 0;
        foreach (var child in branch.Children)
        {
            count += CountLeaves(child);
        }
        return count;
    }
}
