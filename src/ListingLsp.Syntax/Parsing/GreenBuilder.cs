namespace ListingLsp.Syntax.Parsing;

/// <summary>
/// A reusable stack of children under construction: tokens are pushed, then a node takes over the
/// children above a mark. One instance serves a whole parse, so a line costs no scratch lists.
/// </summary>
internal sealed class GreenBuilder
{
    private GreenNode[] _stack = new GreenNode[64];
    private int _count;

    public int Count => _count;

    public void Token(SyntaxKind kind, int width) => Push(GreenNode.Token(kind, width));

    /// <summary>Pushes the token only when it has text (optional parts such as trailing white space).</summary>
    public void OptionalToken(SyntaxKind kind, int width)
    {
        if (width > 0)
        {
            Push(GreenNode.Token(kind, width));
        }
    }

    public void Push(GreenNode node)
    {
        if (_count == _stack.Length)
        {
            Array.Resize(ref _stack, _count * 2);
        }
        // Stored through a span: an array store would check the node's type against the (unsealed)
        // element type on every push, and most nodes are subclasses, which takes the slow path.
        _stack.AsSpan()[_count++] = node;
    }

    /// <summary>Replaces the children pushed since <paramref name="mark"/> by one node over them (shared when it can be, see <see cref="GreenNodeCache"/>).</summary>
    public GreenNode Finish(SyntaxKind kind, int mark)
    {
        var node = GreenNodeCache.Get(kind, _stack.AsSpan(mark, _count - mark));
        _count = mark;
        Push(node);
        return node;
    }

    public GreenNode Pop()
    {
        var node = _stack[--_count];
        _stack[_count] = null!;
        return node;
    }

    /// <summary>The nodes pushed since the mark, for tests of one lexer.</summary>
    public GreenNode[] ToArray(int mark = 0) => _stack.AsSpan(mark, _count - mark).ToArray();
}
