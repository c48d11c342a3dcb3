using ListingLsp.Syntax.Text;

namespace ListingLsp.Syntax;

/// <summary>
/// Navigation wrapper over a green node: parent and absolute position. Created on demand for the
/// part of the tree a caller looks at, never for the whole file. Two wrappers of the same green node
/// at the same place in the same tree are equal.
/// </summary>
public sealed partial class SyntaxNode : IEquatable<SyntaxNode>
{
    internal SyntaxNode(SyntaxTree tree, GreenNode green, SyntaxNode? parent, int position)
    {
        Tree = tree;
        Green = green;
        Parent = parent;
        Position = position;
    }

    public SyntaxTree Tree { get; }

    public GreenNode Green { get; }

    public SyntaxNode? Parent { get; }

    public SyntaxKind Kind => Green.Kind;

    /// <summary>Absolute offset of the first char.</summary>
    public int Position { get; }

    public TextSpan Span => new(Position, Green.Width);

    public bool IsToken => Green.IsToken;

    /// <summary>Direct children in order (tokens included).</summary>
    public IEnumerable<SyntaxNode> Children
    {
        get
        {
            var pos = Position;
            for (var i = 0; i < Green.SlotCount; i++)
            {
                var slot = Green.GetSlot(i);
                yield return new SyntaxNode(Tree, slot, this, pos);
                pos += slot.Width;
            }
        }
    }

    public SyntaxNode? FirstChild(SyntaxKind kind)
    {
        var pos = Position;
        foreach (var slot in Green.Slots)
        {
            if (slot.Kind == kind)
            {
                return new SyntaxNode(Tree, slot, this, pos);
            }
            pos += slot.Width;
        }
        return null;
    }

    public IEnumerable<SyntaxNode> ChildrenOfKind(SyntaxKind kind) => Children.Where(c => c.Kind == kind);

    /// <summary>The first ancestor (or this node) of a kind.</summary>
    public SyntaxNode? AncestorOrSelf(SyntaxKind kind)
    {
        for (var node = this; node is not null; node = node.Parent)
        {
            if (node.Kind == kind)
            {
                return node;
            }
        }
        return null;
    }

    /// <summary>Tokens under this node in order, zero-width ones included.</summary>
    public IEnumerable<SyntaxNode> DescendantTokens()
    {
        if (IsToken)
        {
            yield return this;
            yield break;
        }
        foreach (var child in Children)
        {
            foreach (var token in child.DescendantTokens())
            {
                yield return token;
            }
        }
    }

    /// <summary>The deepest token whose span contains the offset (or ends at it, when nothing contains it).</summary>
    public SyntaxNode? FindToken(int offset)
    {
        if (!Span.Touches(offset))
        {
            return null;
        }
        var node = this;
        while (!node.IsToken)
        {
            var pos = node.Position;
            GreenNode? chosen = null;
            var chosenPos = 0;
            foreach (var slot in node.Green.Slots)
            {
                if (offset >= pos && offset < pos + slot.Width)
                {
                    chosen = slot;
                    chosenPos = pos;
                    break;
                }
                if (pos + slot.Width == offset)
                {
                    chosen = slot;
                    chosenPos = pos;
                }
                pos += slot.Width;
            }
            if (chosen is null)
            {
                return null;
            }
            node = new SyntaxNode(Tree, chosen, node, chosenPos);
        }
        return node;
    }

    /// <summary>The node's text, read from the rope.</summary>
    public string GetText() => Tree.Text.ToString(Span);

    public bool Equals(SyntaxNode? other) =>
        other is not null && ReferenceEquals(Tree, other.Tree) && ReferenceEquals(Green, other.Green) && Position == other.Position;

    public override bool Equals(object? obj) => Equals(obj as SyntaxNode);

    public override int GetHashCode() => HashCode.Combine(Green, Position);

    public override string ToString() => $"{Kind} {Span}";
}
