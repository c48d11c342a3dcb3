namespace ListingLsp.Syntax;

/// <summary>A node whose children live in an array of their own: long lists and item blocks.</summary>
internal class ArrayGreenNode : GreenNode
{
    // Never mutated after construction.
    private readonly GreenNode[] _slots;

    /// <summary>The array is taken over, not copied.</summary>
    public ArrayGreenNode(SyntaxKind kind, GreenNode[] slots)
        : this(kind, SumWidth(slots), slots)
    {
    }

    private protected ArrayGreenNode(SyntaxKind kind, int width, GreenNode[] slots)
        : base(kind, width)
    {
        _slots = slots;
    }

    public override ReadOnlySpan<GreenNode> Slots => _slots;
}
