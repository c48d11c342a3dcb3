namespace ListingLsp.Syntax.Text;

/// <summary>
/// A chunk of text, held as UTF-16 (<see cref="CharLeaf"/>) or as UTF-8 (<see cref="Utf8Leaf"/>). Either way
/// its length and offsets are in UTF-16 code units, so the tree and every caller above it ignore the kind.
/// </summary>
internal abstract class RopeLeaf(int length, int lineBreaks) : RopeNode(length, lineBreaks, 0)
{
    public static readonly RopeLeaf Empty = new CharLeaf(ReadOnlyMemory<char>.Empty);

    /// <summary>
    /// A leaf over <paramref name="text"/>: a slice of it (no copy), or, in a UTF-8 rope, a UTF-8 copy. UTF-8
    /// cannot hold a lone surrogate (an edit may insert one), so such a chunk is copied as chars instead.
    /// For <paramref name="loaded"/> see <see cref="Utf8Leaf.TryEncode"/>.
    /// </summary>
    public static RopeLeaf Create(ReadOnlyMemory<char> text, bool utf8, bool loaded) =>
        !utf8 ? new CharLeaf(text) : Utf8Leaf.TryEncode(text.Span, loaded) ?? (RopeLeaf)new CharLeaf(text.ToArray());

    /// <summary>
    /// The leaf's chars. A UTF-8 leaf decodes into a buffer of the current thread that the next UTF-8 leaf read
    /// on that thread reuses: read what you need from the span before touching another leaf.
    /// </summary>
    public abstract ReadOnlySpan<char> Chars { get; }

    public virtual char this[int index] => Chars[index];

    /// <summary>
    /// The leaf's chars as memory that stays valid while other leaves are read: a char leaf's own memory, or a
    /// UTF-8 leaf decoded into <paramref name="buffer"/> (replaced by a larger array when too small).
    /// </summary>
    public abstract ReadOnlyMemory<char> GetChars(ref char[] buffer);
}

/// <summary>UTF-16 text; the memory may be a slice of a larger string (zero copy on load).</summary>
internal sealed class CharLeaf(ReadOnlyMemory<char> text) : RopeLeaf(text.Length, ListingLsp.Syntax.Text.LineBreaks.Count(text.Span))
{
    public ReadOnlyMemory<char> Text { get; } = text;

    public override ReadOnlySpan<char> Chars => Text.Span;

    public override ReadOnlyMemory<char> GetChars(ref char[] buffer) => Text;
}
