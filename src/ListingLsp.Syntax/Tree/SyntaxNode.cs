using ListingLsp.Syntax.Text;

namespace ListingLsp.Syntax;

/// <summary>
/// Navigation wrapper over a green node: parent and absolute position. Created on demand for the
/// part of the tree a caller looks at, never for the whole file.
/// </summary>
public sealed partial class SyntaxNode
{
    public SyntaxTree Tree => throw new NotImplementedException();

    public GreenNode Green => throw new NotImplementedException();

    public SyntaxNode? Parent => throw new NotImplementedException();

    public SyntaxKind Kind => Green.Kind;

    /// <summary>Absolute offset of the first char.</summary>
    public int Position => throw new NotImplementedException();

    public TextSpan Span => new(Position, Green.Width);

    public bool IsToken => Green.IsToken;

    /// <summary>Direct children in order (tokens included).</summary>
    public IEnumerable<SyntaxNode> Children => throw new NotImplementedException();

    public SyntaxNode? FirstChild(SyntaxKind kind) => throw new NotImplementedException();

    public IEnumerable<SyntaxNode> ChildrenOfKind(SyntaxKind kind) => throw new NotImplementedException();

    /// <summary>The deepest token whose span contains the offset (or ends at it, when nothing contains it).</summary>
    public SyntaxNode? FindToken(int offset) => throw new NotImplementedException();

    /// <summary>The node's text, read from the rope.</summary>
    public string GetText() => Tree.Text.ToString(Span);
}
