namespace ListingLsp.Syntax;

/// <summary>
/// Builds the item B-tree bottom-up while items arrive, for a full parse: leaf blocks are cut as soon
/// as they fill, so no list of every item is kept and the upper levels are built from the leaf blocks
/// alone (a few thousand at 100k entries).
/// </summary>
internal sealed class ItemTreeBuilder
{
    // Two blocks' worth of items are held back so the last one or two blocks can be sized evenly,
    // never below the minimum fan-out.
    private readonly GreenNode[] _pending = new GreenNode[2 * ItemTree.MaxFanout];
    private readonly List<GreenNode> _leaves = [];
    private int _count;

    public void Add(GreenNode item)
    {
        if (_count == _pending.Length)
        {
            _leaves.Add(ItemBlock.Create(_pending[..ItemTree.MaxFanout], 0));
            Array.Copy(_pending, ItemTree.MaxFanout, _pending, 0, ItemTree.MaxFanout);
            _count = ItemTree.MaxFanout;
        }
        _pending[_count++] = item;
    }

    public ItemBlock Build()
    {
        ItemTree.Chunk(_pending.AsSpan(0, _count), 0, _leaves);
        return _leaves.Count == 0 ? ItemBlock.Empty : ItemTree.Stack(_leaves, 0);
    }
}
