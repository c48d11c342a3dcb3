namespace ListingLsp.Syntax;

/// <summary>
/// Immutable, position-free node of the lossless tree: a kind, a width in UTF-16 chars and children.
/// Tokens are green nodes without children and hold no text (the text lives in the rope), so small
/// tokens are shared between trees; entry nodes are never shared, so an entry node's identity
/// stands for its text and analysis may cache per entry node.
/// </summary>
public partial class GreenNode
{
    public SyntaxKind Kind => throw new NotImplementedException();

    public int Width => throw new NotImplementedException();

    public int SlotCount => throw new NotImplementedException();

    public GreenNode GetSlot(int index) => throw new NotImplementedException();

    public bool IsToken => Kind.IsToken();
}
