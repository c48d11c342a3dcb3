using ListingLsp.Syntax;

namespace ListingLsp.Analysis;

/// <summary>Position-carrying walks over green nodes, without creating red nodes.</summary>
internal static class GreenWalk
{
    /// <summary>The children of a node with their offsets; a struct walk, since analysis runs it several times per entry.</summary>
    public static ChildWalk Children(GreenNode node, int offset) => new(node, offset);

    public struct ChildWalk(GreenNode node, int offset)
    {
        private int _index = -1;
        private int _next = offset;

        public readonly (GreenNode Node, int Offset) Current => (node.GetSlot(_index), _next - node.GetSlot(_index).Width);

        public readonly ChildWalk GetEnumerator() => this;

        public bool MoveNext()
        {
            if (++_index >= node.SlotCount)
            {
                return false;
            }
            _next += node.GetSlot(_index).Width;
            return true;
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
