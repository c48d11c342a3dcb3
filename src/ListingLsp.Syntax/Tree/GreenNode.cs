namespace ListingLsp.Syntax;

/// <summary>
/// Immutable, position-free node of the lossless tree: a kind, a width in UTF-16 chars and children.
/// Tokens are green nodes without children and hold no text (the text lives in the rope), so small
/// tokens are shared between trees, and so are small nodes (see GreenNodeCache): the same header or
/// abstract node may stand at many places. Items (entries, comments, directives...) other than blank
/// lines are never shared, so an item node's identity stands for its text and analysis may cache per
/// item node.
/// </summary>
public partial class GreenNode
{
    private static readonly GreenNode[] NoSlots = [];

    // Tokens have no slots; a node's slot array is never mutated after construction.
    private readonly GreenNode[] _slots;
    private readonly int _width;
    private readonly SyntaxKind _kind;

    private protected GreenNode(SyntaxKind kind, int width, GreenNode[] slots)
    {
        _kind = kind;
        _width = width;
        _slots = slots;
    }

    public SyntaxKind Kind => _kind;

    public int Width => _width;

    public int SlotCount => _slots.Length;

    public GreenNode GetSlot(int index) => _slots[index];

    public bool IsToken => Kind.IsToken();

    /// <summary>The children in order (empty for a token).</summary>
    public ReadOnlySpan<GreenNode> Slots => _slots;

    /// <summary>The first direct child of a kind, or null.</summary>
    public GreenNode? FirstSlot(SyntaxKind kind)
    {
        foreach (var slot in _slots)
        {
            if (slot.Kind == kind)
            {
                return slot;
            }
        }
        return null;
    }

    /// <summary>A token of a kind and width: shared (interned) for widths below 4096.</summary>
    internal static GreenNode Token(SyntaxKind kind, int width) => TokenTable.Get(kind, width);

    /// <summary>A new node over children (the array is taken over, not copied).</summary>
    internal static GreenNode Node(SyntaxKind kind, GreenNode[] children)
    {
        var width = 0;
        foreach (var child in children)
        {
            width += child.Width;
        }
        return new GreenNode(kind, width, children);
    }

    internal static GreenNode NewToken(SyntaxKind kind, int width) => new(kind, width, NoSlots);

    public override string ToString() => $"{Kind} ({Width})";
}
