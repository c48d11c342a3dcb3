namespace ListingLsp.Syntax;

/// <summary>
/// Immutable, position-free node of the lossless tree: a kind, a width in UTF-16 chars and children.
/// Tokens are green nodes without children and hold no text (the text lives in the rope), so small
/// tokens are shared between trees, and so are small nodes (see GreenNodeCache): the same header or
/// abstract node may stand at many places. Items (entries, comments, directives...) other than blank
/// lines are never shared, so an item node's identity stands for its text and analysis may cache per
/// item node (see <see cref="Annotation"/>).
/// </summary>
/// <remarks>
/// An instance of this class itself is a token. A node keeps its children in a subclass: inline in
/// the node object for up to <see cref="InlineGreenNodes.MaxInline"/> children (one object per node
/// instead of two: less for a parse to allocate and for the GC to copy), or in an array beyond that.
/// </remarks>
public partial class GreenNode
{
    private readonly int _width;
    private readonly SyntaxKind _kind;

    /// <summary>Slots in use of a node with inline children: kept here, where it fits beside the kind
    /// in the padding of the object, rather than in the subclass, where it would cost 8 bytes a node.</summary>
    private protected readonly ushort InlineCount;

    private protected GreenNode(SyntaxKind kind, int width, int inlineCount = 0)
    {
        _kind = kind;
        _width = width;
        InlineCount = (ushort)inlineCount;
    }

    public SyntaxKind Kind => _kind;

    public int Width => _width;

    public int SlotCount => Slots.Length;

    public GreenNode GetSlot(int index) => Slots[index];

    public bool IsToken => Kind.IsToken();

    /// <summary>The children in order (empty for a token).</summary>
    public virtual ReadOnlySpan<GreenNode> Slots => [];

    /// <summary>
    /// A per-node cache slot for the layer above: the analysis keeps its results here, so they live exactly
    /// as long as the node, without weak tables (whose handles every GC would scan). Only entry nodes and
    /// item blocks, which stand for one text each, have the slot; on any other node (tokens and small nodes
    /// are shared between texts) it reads null and a write is dropped, which only costs a cache miss.
    /// Unsynchronised: a value must be immutable and right for whoever reads it, and racing writers may
    /// replace each other's value.
    /// </summary>
    public virtual object? Annotation
    {
        get => null;
        set { }
    }

    /// <summary>The first direct child of a kind, or null.</summary>
    public GreenNode? FirstSlot(SyntaxKind kind)
    {
        foreach (var slot in Slots)
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

    /// <summary>A new node over children (copied: the caller may reuse the span's storage).</summary>
    internal static GreenNode Node(SyntaxKind kind, ReadOnlySpan<GreenNode> children) =>
        InlineGreenNodes.Create(kind, SumWidth(children), children) ?? new ArrayGreenNode(kind, children.ToArray());

    internal static GreenNode NewToken(SyntaxKind kind, int width) => new(kind, width);

    private protected static int SumWidth(ReadOnlySpan<GreenNode> children)
    {
        var width = 0;
        foreach (var child in children)
        {
            width += child.Width;
        }
        return width;
    }

    public override string ToString() => $"{Kind} ({Width})";
}
