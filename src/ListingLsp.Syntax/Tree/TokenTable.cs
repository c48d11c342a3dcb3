namespace ListingLsp.Syntax;

/// <summary>
/// Interned tokens by (kind, width). A token holds no text, so two tokens of one kind and width are
/// interchangeable; sharing them keeps the tree far below a byte per char of text. Filled lazily;
/// a race only creates a duplicate that is dropped, which is harmless for immutable tokens.
/// </summary>
internal static class TokenTable
{
    private const int MaxInternedWidth = 4096;

    private static readonly GreenNode?[]?[] Tables = new GreenNode?[]?[(int)SyntaxKind.ListingFile];

    public static GreenNode Get(SyntaxKind kind, int width)
    {
        if (!kind.IsToken())
        {
            throw new ArgumentOutOfRangeException(nameof(kind), kind, "not a token kind");
        }
        ArgumentOutOfRangeException.ThrowIfNegative(width);
        if (width >= MaxInternedWidth)
        {
            return GreenNode.NewToken(kind, width);
        }
        var table = Tables[(int)kind];
        if (table is null)
        {
            Interlocked.CompareExchange(ref Tables[(int)kind], new GreenNode?[MaxInternedWidth], null);
            table = Tables[(int)kind]!;
        }
        return table[width] ?? Intern(table, kind, width);
    }

    private static GreenNode Intern(GreenNode?[] table, SyntaxKind kind, int width)
    {
        Interlocked.CompareExchange(ref table[width], GreenNode.NewToken(kind, width), null);
        return table[width]!;
    }
}
