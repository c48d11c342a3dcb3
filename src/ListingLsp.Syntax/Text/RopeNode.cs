namespace ListingLsp.Syntax.Text;

/// <summary>A node of the rope's B-tree; every node caches its length and line-break count.</summary>
internal abstract class RopeNode
{
    protected RopeNode(int length, int lineBreaks, int height)
    {
        Length = length;
        LineBreaks = lineBreaks;
        Height = height;
    }

    public int Length { get; }

    public int LineBreaks { get; }

    /// <summary>0 for a leaf; all leaves of a tree are at the same depth.</summary>
    public int Height { get; }
}

internal sealed class RopeBranch(RopeNode[] children)
    : RopeNode(SumLength(children), SumBreaks(children), children[0].Height + 1)
{
    public RopeNode[] Children { get; } = children;

    private static int SumLength(RopeNode[] children)
    {
        var sum = 0;
        foreach (var child in children)
        {
            sum += child.Length;
        }
        return sum;
    }

    private static int SumBreaks(RopeNode[] children)
    {
        var sum = 0;
        foreach (var child in children)
        {
            sum += child.LineBreaks;
        }
        return sum;
    }
}
