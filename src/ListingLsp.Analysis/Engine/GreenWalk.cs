using ListingLsp.Syntax;

namespace ListingLsp.Analysis;

/// <summary>Position-carrying walks over green nodes, without creating red nodes.</summary>
internal static class GreenWalk
{
    public static IEnumerable<(GreenNode Node, int Offset)> Children(GreenNode node, int offset)
    {
        for (var i = 0; i < node.SlotCount; i++)
        {
            var child = node.GetSlot(i);
            yield return (child, offset);
            offset += child.Width;
        }
    }

    /// <summary>The item-tree root of a ListingFile (its ItemBlock), or null for a tree without one.</summary>
    public static (GreenNode Block, int Offset)? ItemRoot(GreenNode file)
    {
        foreach (var (child, offset) in Children(file, 0))
        {
            if (child.Kind == SyntaxKind.ItemBlock)
            {
                return (child, offset);
            }
        }
        return null;
    }

    /// <summary>Every item under a block, in order, with absolute offsets.</summary>
    public static IEnumerable<(GreenNode Item, int Offset)> Items(GreenNode block, int offset)
    {
        var stack = new Stack<(GreenNode, int, int)>();
        stack.Push((block, offset, 0));
        while (stack.Count > 0)
        {
            var (node, start, slot) = stack.Pop();
            var position = start;
            for (var i = 0; i < slot; i++)
            {
                position += node.GetSlot(i).Width;
            }
            for (var i = slot; i < node.SlotCount; i++)
            {
                var child = node.GetSlot(i);
                if (child.Kind == SyntaxKind.ItemBlock)
                {
                    stack.Push((node, start, i + 1));
                    stack.Push((child, position, 0));
                    break;
                }
                if (child.Kind.IsItem())
                {
                    yield return (child, position);
                }
                position += child.Width;
            }
        }
    }
}
