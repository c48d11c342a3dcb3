namespace ListingLsp.Syntax.Text;

/// <summary>Walks a rope's leaves left to right, keeping the path from the root so each step is O(1) amortised.</summary>
internal sealed class RopeLeafCursor
{
    private readonly RopeBranch[] _branches;
    private readonly int[] _indices;

    /// <summary>Positions the cursor on the leaf holding <paramref name="offset"/> (the last leaf at Length).</summary>
    public RopeLeafCursor(RopeNode root, int offset)
    {
        _branches = new RopeBranch[root.Height];
        _indices = new int[root.Height];
        var node = root;
        var local = offset;
        var unusedBreaks = 0;
        for (var depth = 0; node is RopeBranch branch; depth++)
        {
            var i = RopeTree.ChildAt(branch.Children, ref local, ref unusedBreaks);
            _branches[depth] = branch;
            _indices[depth] = i;
            node = branch.Children[i];
        }
        LeafStart = offset - local;
        Leaf = (RopeLeaf)node;
    }

    public RopeLeaf Leaf { get; private set; }

    /// <summary>Document offset of the current leaf's first char.</summary>
    public int LeafStart { get; private set; }

    /// <summary>Moves to the next leaf; false (and no change) at the last one.</summary>
    public bool MoveNext()
    {
        var depth = _branches.Length - 1;
        while (depth >= 0 && _indices[depth] == _branches[depth].Children.Length - 1)
        {
            depth--;
        }
        if (depth < 0)
        {
            return false;
        }
        LeafStart += Leaf.Length;
        var node = _branches[depth].Children[++_indices[depth]];
        while (node is RopeBranch branch)
        {
            _branches[++depth] = branch;
            _indices[depth] = 0;
            node = branch.Children[0];
        }
        Leaf = (RopeLeaf)node;
        return true;
    }
}
