using ListingLsp.Syntax.Parsing;
using ListingLsp.Syntax.Text;

namespace ListingLsp.Syntax;

/// <summary>
/// An immutable (text, lossless green tree) pair. <see cref="WithChange"/> reparses only the items an
/// edit touches and reuses every other item node by reference.
/// </summary>
public sealed partial class SyntaxTree
{
    private SyntaxNode? _root;

    private SyntaxTree(Rope text, GreenNode root, ReparseInfo? reparse)
    {
        Text = text;
        Root = root;
        LastReparse = reparse;
    }

    public Rope Text { get; }

    /// <summary>The ListingFile green root.</summary>
    public GreenNode Root { get; }

    /// <summary>What the edit that produced this tree reparsed; null after a full parse. For tests and benchmarks.</summary>
    internal ReparseInfo? LastReparse { get; }

    internal ItemBlock ItemsBlock => (ItemBlock)Root.GetSlot(Root.SlotCount - 1);

    /// <summary>Offset of the first item: 1 after a byte-order mark, else 0.</summary>
    internal int ItemsStart => Root.SlotCount == 2 ? Root.GetSlot(0).Width : 0;

    public static SyntaxTree Parse(string text) => Parse(Rope.From(text));

    /// <summary>A full parse; a large text is cut into pieces parsed in parallel (same tree, see <see cref="ListingParser.ParseFile"/>).</summary>
    public static SyntaxTree Parse(Rope text) => Parse(text, ListingParser.PartitionCount(text.Length));

    /// <summary>A full parse in up to <paramref name="partitions"/> concurrent pieces, whatever the text's size (for tests).</summary>
    internal static SyntaxTree Parse(Rope text, int partitions) => new(text, ListingParser.ParseFile(text, partitions), null);

    /// <summary>Apply one LSP-style edit; a change that replaces the whole document parses from scratch.</summary>
    public SyntaxTree WithChange(TextChange change)
    {
        var span = change.Span;
        if ((uint)span.Start > (uint)Text.Length || (uint)span.End > (uint)Text.Length || span.Length < 0)
        {
            throw new ArgumentOutOfRangeException(nameof(change), $"{span} is outside the text (length {Text.Length})");
        }
        var newText = Text.Replace(span.Start, span.Length, change.NewText);
        var bom = ItemsStart;
        if ((span.Start == 0 && span.Length == Text.Length) || span.Start < bom || ListingParser.ByteOrderMarkWidth(newText) != bom)
        {
            return Parse(newText);
        }
        var (items, info) = IncrementalReparser.Reparse(this, newText, span, change.NewText.Length);
        return new SyntaxTree(newText, ListingParser.CreateFile(bom, items), info);
    }

    /// <summary>The red root (created on demand).</summary>
    public SyntaxNode GetRoot() => _root ??= new SyntaxNode(this, Root, null, 0);

    /// <summary>Number of items (entries, comments, headings, directives, blank and skipped lines).</summary>
    public int ItemCount => ItemsBlock.ItemCount;

    /// <summary>All items in document order with their absolute positions.</summary>
    public IEnumerable<SyntaxNode> Items => ItemsFrom(0);

    /// <summary>Items from the one that holds <paramref name="offset"/> onwards (O(log n) to the first).</summary>
    public IEnumerable<SyntaxNode> ItemsFrom(int offset)
    {
        var root = GetRoot();
        var block = root.FirstChild(SyntaxKind.ItemBlock)!;
        if (block.Green.SlotCount == 0)
        {
            yield break;
        }
        // A path of (block, index of the child being visited, that child's position) from the root down.
        var path = new Stack<(SyntaxNode Block, int Index, int Position)>();
        var node = block;
        while (true)
        {
            var (index, position) = ChildAt(node.Green, node.Position, offset);
            if (node.Green is ItemBlock { Height: 0 })
            {
                path.Push((node, index, position));
                break;
            }
            var child = node.Green.GetSlot(index);
            path.Push((node, index + 1, position + child.Width));
            node = new SyntaxNode(this, child, node, position);
        }
        while (path.Count > 0)
        {
            var (parent, index, position) = path.Pop();
            if (index >= parent.Green.SlotCount)
            {
                continue;
            }
            var child = parent.Green.GetSlot(index);
            path.Push((parent, index + 1, position + child.Width));
            var red = new SyntaxNode(this, child, parent, position);
            if (child is ItemBlock)
            {
                path.Push((red, 0, position));
            }
            else
            {
                yield return red;
            }
        }
    }

    /// <summary>The item that holds the offset (the last item when offset == Length); null for an empty file.</summary>
    public SyntaxNode? FindItem(int offset) => ItemsFrom(offset).FirstOrDefault();

    /// <summary>The deepest token at the offset.</summary>
    public SyntaxNode? FindToken(int offset) => GetRoot().FindToken(offset);

    /// <summary>Index of the child of <paramref name="node"/> that holds the offset (the last one past the end), and its position.</summary>
    private static (int Index, int Position) ChildAt(GreenNode node, int position, int offset)
    {
        var i = 0;
        for (; i < node.SlotCount - 1 && offset >= position + node.GetSlot(i).Width; i++)
        {
            position += node.GetSlot(i).Width;
        }
        return (i, position);
    }
}
