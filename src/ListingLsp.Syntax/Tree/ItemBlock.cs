namespace ListingLsp.Syntax;

/// <summary>
/// Internal node of the balanced item tree (a persistent B-tree). Leaves (height 0) hold items;
/// every block caches its item count next to its width, so an item is found by offset or by index
/// in O(log n), and an edit copies only the blocks on the path to the items it replaces.
/// </summary>
internal sealed class ItemBlock : ArrayGreenNode
{
    private ItemBlock(int width, GreenNode[] slots, int itemCount, int height)
        : base(SyntaxKind.ItemBlock, width, slots)
    {
        ItemCount = itemCount;
        Height = height;
    }

    public static readonly ItemBlock Empty = new(0, [], 0, 0);

    public int ItemCount { get; }

    /// <summary>A block is made fresh and reused only where its text is untouched, so it may carry one
    /// (the analysis leaves the shared <see cref="Empty"/> block bare).</summary>
    public override object? Annotation { get; set; }

    /// <summary>0 for a block of items; all leaves of one tree are at the same depth.</summary>
    public int Height { get; }

    public static ItemBlock Create(GreenNode[] slots, int height)
    {
        var width = 0;
        var count = 0;
        foreach (var slot in slots)
        {
            width += slot.Width;
            count += height == 0 ? 1 : ((ItemBlock)slot).ItemCount;
        }
        return new ItemBlock(width, slots, count, height);
    }

    public static int CountOf(GreenNode child, int parentHeight) => parentHeight == 0 ? 1 : ((ItemBlock)child).ItemCount;
}
