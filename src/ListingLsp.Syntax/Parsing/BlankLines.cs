namespace ListingLsp.Syntax.Parsing;

/// <summary>
/// Shared BlankLine items for the common shapes (a few spaces, any break). A blank line has no
/// meaning of its own, so sharing it is safe and saves a node per blank line between entries.
/// </summary>
internal static class BlankLines
{
    private const int MaxSharedWhitespace = 16;

    private static readonly GreenNode?[] Shared = new GreenNode?[MaxSharedWhitespace * 3];

    public static GreenNode Get(int whitespace, int breakLength)
    {
        if (whitespace >= MaxSharedWhitespace)
        {
            return Create(whitespace, breakLength);
        }
        ref var slot = ref Shared[whitespace * 3 + breakLength];
        return slot ?? Interlocked.CompareExchange(ref slot, Create(whitespace, breakLength), null) ?? slot;
    }

    private static GreenNode Create(int whitespace, int breakLength)
    {
        var children = new List<GreenNode>(2);
        if (whitespace > 0)
        {
            children.Add(GreenNode.Token(SyntaxKind.Whitespace, whitespace));
        }
        if (breakLength > 0)
        {
            children.Add(GreenNode.Token(SyntaxKind.EndOfLine, breakLength));
        }
        return GreenNode.Node(SyntaxKind.BlankLine, [.. children]);
    }
}
