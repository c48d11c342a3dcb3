using System.Text;
using System.Text.Unicode;

namespace ListingLsp.Syntax.Text;

public sealed partial class Rope
{
    /// <summary>Height of the tree (0 for a single leaf).</summary>
    internal int Height => _root.Height;

    internal int LeafCount => CountLeaves(_root);

    internal int MinFanout => _limits.MinFanout;

    /// <summary>
    /// The first broken structural invariant, or null: cached counts, uniform leaf depth, fan-out and chunk
    /// size bounds (a lone root excepted), no chunk boundary inside a CRLF or a surrogate pair, UTF-8 leaves
    /// that hold valid UTF-8, and in a UTF-8 rope no UTF-16 leaf that UTF-8 could hold (the rope stays compact).
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
            // One leaf's chars at a time: reading a UTF-8 leaf may reuse the buffer of the previous one.
            var before = leaves[i - 1].Chars[^1];
            var after = leaves[i].Chars[0];
            if (LineBreaks.IsUnsplittable(before, after))
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
            if (LeafProblem(leaf) is { } problem)
            {
                return problem;
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

    private string? LeafProblem(RopeLeaf leaf)
    {
        if (leaf is Utf8Leaf utf8 && (!Utf8.IsValid(utf8.Bytes) || Encoding.UTF8.GetCharCount(utf8.Bytes) != leaf.Length))
        {
            return "UTF-8 leaf is invalid or decodes to another length";
        }
        var chars = leaf.Chars;
        if (leaf.Length != chars.Length || leaf.LineBreaks != LineBreaks.Count(chars))
        {
            return "leaf caches wrong counts";
        }
        if (_utf8 && leaf is CharLeaf && leaf.Length > 0 && Utf8Leaf.TryEncode(chars, loaded: false) is not null)
        {
            return "UTF-16 leaf in a UTF-8 rope";
        }
        return null;
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
