using ListingLsp.Syntax.Text;

namespace ListingLsp.Syntax;

/// <summary>
/// An immutable (text, lossless green tree) pair. <see cref="WithChange"/> reparses only the items an
/// edit touches and reuses every other item node by reference.
/// </summary>
public sealed partial class SyntaxTree
{
    public Rope Text => throw new NotImplementedException();

    /// <summary>The ListingFile green root.</summary>
    public GreenNode Root => throw new NotImplementedException();

    public static SyntaxTree Parse(string text) => throw new NotImplementedException();

    public static SyntaxTree Parse(Rope text) => throw new NotImplementedException();

    /// <summary>Apply one LSP-style edit; a change that replaces the whole document parses from scratch.</summary>
    public SyntaxTree WithChange(TextChange change) => throw new NotImplementedException();

    /// <summary>The red root (created on demand).</summary>
    public SyntaxNode GetRoot() => throw new NotImplementedException();

    /// <summary>Number of items (entries, comments, headings, directives, blank and skipped lines).</summary>
    public int ItemCount => throw new NotImplementedException();

    /// <summary>All items in document order with their absolute positions.</summary>
    public IEnumerable<SyntaxNode> Items => throw new NotImplementedException();

    /// <summary>Items from the one that holds <paramref name="offset"/> onwards (O(log n) to the first).</summary>
    public IEnumerable<SyntaxNode> ItemsFrom(int offset) => throw new NotImplementedException();

    /// <summary>The item that holds the offset (the last item when offset == Length); null for an empty file.</summary>
    public SyntaxNode? FindItem(int offset) => throw new NotImplementedException();

    /// <summary>The deepest token at the offset.</summary>
    public SyntaxNode? FindToken(int offset) => throw new NotImplementedException();
}
