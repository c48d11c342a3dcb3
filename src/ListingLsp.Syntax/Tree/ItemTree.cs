using System.Runtime.InteropServices;

namespace ListingLsp.Syntax;

/// <summary>Building, searching and splicing the persistent B-tree of items (see <see cref="ItemBlock"/>).</summary>
internal static class ItemTree
{
    internal const int MaxFanout = 32;
    private const int MinFanout = MaxFanout / 4;

    /// <summary>A balanced tree over the items.</summary>
    public static ItemBlock Build(IEnumerable<GreenNode> items)
    {
        var builder = new ItemTreeBuilder();
        foreach (var item in items)
        {
            builder.Add(item);
        }
        return builder.Build();
    }

    /// <summary>
    /// A tree whose items are the old ones with [start, start + removeCount) replaced by
    /// <paramref name="insert"/>. Blocks off the path to the replaced run are reused by reference.
    /// </summary>
    public static ItemBlock Splice(ItemBlock root, int start, int removeCount, List<GreenNode> insert)
    {
        if (start < 0 || removeCount < 0 || start + removeCount > root.ItemCount)
        {
            throw new ArgumentOutOfRangeException(nameof(start), $"[{start}, +{removeCount}) outside 0..{root.ItemCount}");
        }
        var output = new List<GreenNode>(2);
        SpliceInto(root, start, removeCount, insert, output);
        if (output.Count == 0)
        {
            return ItemBlock.Empty;
        }
        var node = Stack(output, root.Height);
        while (node.Height > 0 && node.SlotCount == 1)
        {
            node = (ItemBlock)node.GetSlot(0);
        }
        return node;
    }

    /// <summary>
    /// The item that holds <paramref name="offset"/> (relative to the block), its index and start;
    /// the last item when the offset is the block's width. False for an empty tree.
    /// </summary>
    public static bool TryLocate(ItemBlock root, int offset, out GreenNode item, out int index, out int itemStart)
    {
        item = root;
        index = 0;
        itemStart = 0;
        if (root.ItemCount == 0)
        {
            return false;
        }
        GreenNode node = root;
        while (node is ItemBlock block)
        {
            var slots = block.Slots;
            var i = 0;
            for (; i < slots.Length - 1; i++)
            {
                if (offset < itemStart + slots[i].Width)
                {
                    break;
                }
                itemStart += slots[i].Width;
                index += ItemBlock.CountOf(slots[i], block.Height);
            }
            node = slots[i];
        }
        item = node;
        return true;
    }

    /// <summary>Groups same-height nodes into blocks one level up until one block remains.</summary>
    internal static ItemBlock Stack(List<GreenNode> level, int height)
    {
        while (level.Count > 1)
        {
            var next = new List<GreenNode>(level.Count / MaxFanout + 1);
            Chunk(CollectionsMarshal.AsSpan(level), ++height, next);
            level = next;
        }
        return (ItemBlock)level[0];
    }

    private static void SpliceInto(ItemBlock block, int start, int removeCount, List<GreenNode> insert, List<GreenNode> output)
    {
        var slots = block.Slots;
        var children = new List<GreenNode>(slots.Length + (block.Height == 0 ? insert.Count : 2));
        if (block.Height == 0)
        {
            children.AddRange(slots[..start]);
            children.AddRange(insert);
            children.AddRange(slots[(start + removeCount)..]);
            Chunk(CollectionsMarshal.AsSpan(children), 0, output);
            return;
        }

        // The child holding `start` takes the insertion; children wholly inside the removed run are
        // dropped; the child holding the run's end loses its head.
        var a = 0;
        var offset = 0;
        while (a < slots.Length - 1 && start >= offset + ((ItemBlock)slots[a]).ItemCount)
        {
            offset += ((ItemBlock)slots[a]).ItemCount;
            a++;
        }
        children.AddRange(slots[..a]);
        var firstNew = children.Count;
        var first = (ItemBlock)slots[a];
        var removeHere = Math.Min(removeCount, first.ItemCount - (start - offset));
        SpliceInto(first, start - offset, removeHere, insert, children);
        var remaining = removeCount - removeHere;
        var i = a + 1;
        for (; remaining > 0; i++)
        {
            var child = (ItemBlock)slots[i];
            if (child.ItemCount <= remaining)
            {
                remaining -= child.ItemCount;
                continue;
            }
            SpliceInto(child, 0, remaining, [], children);
            remaining = 0;
        }
        var lastNew = children.Count;
        children.AddRange(slots[i..]);
        Rebalance(children, firstNew, lastNew, block.Height - 1);
        Chunk(CollectionsMarshal.AsSpan(children), block.Height, output);
    }

    /// <summary>Merges underfull new blocks in [firstNew, lastNew) with their neighbours, so depth stays logarithmic.</summary>
    private static void Rebalance(List<GreenNode> children, int firstNew, int lastNew, int childHeight)
    {
        var underfull = false;
        for (var k = firstNew; k < lastNew; k++)
        {
            underfull |= children[k].SlotCount < MinFanout;
        }
        if (!underfull)
        {
            return;
        }
        var from = Math.Max(0, firstNew - 1);
        var to = Math.Min(children.Count, lastNew + 1);
        var grandchildren = new List<GreenNode>();
        for (var k = from; k < to; k++)
        {
            grandchildren.AddRange(children[k].Slots);
        }
        var merged = new List<GreenNode>(to - from + 1);
        Chunk(CollectionsMarshal.AsSpan(grandchildren), childHeight, merged);
        children.RemoveRange(from, to - from);
        children.InsertRange(from, merged);
    }

    /// <summary>Cuts nodes into as few blocks of at most <see cref="MaxFanout"/> as possible, sized evenly.</summary>
    internal static void Chunk(ReadOnlySpan<GreenNode> nodes, int height, List<GreenNode> output)
    {
        var m = nodes.Length;
        if (m == 0)
        {
            return;
        }
        var blocks = (m + MaxFanout - 1) / MaxFanout;
        var size = m / blocks;
        var extra = m % blocks;
        var at = 0;
        for (var b = 0; b < blocks; b++)
        {
            var n = size + (b < extra ? 1 : 0);
            output.Add(ItemBlock.Create(nodes.Slice(at, n).ToArray(), height));
            at += n;
        }
    }
}
