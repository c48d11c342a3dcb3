using System.Buffers;
using System.Text;
using System.Text.Unicode;

namespace ListingLsp.Syntax.Text;

/// <summary>
/// Well-formed UTF-8 in an array of exactly its size: about half the memory of UTF-16 for mostly-ASCII text.
/// Reads decode it (about 2 us for 4K chars of mostly-ASCII text), so the last leaf decoded on each thread
/// is kept: a run of reads in one leaf (the items of a chunk read in order, an edit and its reparse)
/// decodes it once. A char at either end is read without decoding (an edit checks its neighbours' edges).
/// </summary>
internal sealed class Utf8Leaf : RopeLeaf
{
    [ThreadStatic]
    private static Utf8Leaf? t_decodedLeaf;

    [ThreadStatic]
    private static char[]? t_decoded;

    private readonly byte[] _bytes;

    private Utf8Leaf(byte[] bytes, int length, int lineBreaks)
        : base(length, lineBreaks) => _bytes = bytes;

    public ReadOnlySpan<byte> Bytes => _bytes;

    /// <summary>The UTF-8 form of <paramref name="text"/>, or null when it holds a lone surrogate.</summary>
    /// <param name="text">The chunk's chars.</param>
    /// <param name="loaded">
    /// One of many chunks made at once (a document loading): likely to live as long as the document, so the bytes
    /// go to the pinned-object heap, which the GC never moves; loading 140 MB as 4 KB arrays on the ordinary heap
    /// costs about as much again in promotion copies. Otherwise the chunk is a keystroke's, which usually dies at
    /// the next one: it stays on the ordinary heap, and its chars become the thread's decoded leaf, since the
    /// reparse reads them next.
    /// </param>
    public static Utf8Leaf? TryEncode(ReadOnlySpan<char> text, bool loaded)
    {
        // GetByteCount is exact for well-formed text (a lone surrogate is counted as a replacement char).
        var bytes = GC.AllocateUninitializedArray<byte>(Encoding.UTF8.GetByteCount(text), pinned: loaded);
        if (Utf8.FromUtf16(text, bytes, out _, out _, replaceInvalidSequences: false) != OperationStatus.Done)
        {
            return null;
        }
        var leaf = new Utf8Leaf(bytes, text.Length, ListingLsp.Syntax.Text.LineBreaks.Count(text));
        if (!loaded)
        {
            var buffer = t_decoded ?? [];
            text.CopyTo(Grow(ref buffer, text.Length));
            t_decoded = buffer;
            t_decodedLeaf = leaf;
        }
        return leaf;
    }

    public override ReadOnlySpan<char> Chars
    {
        get
        {
            var buffer = t_decoded;
            if (buffer is null || !ReferenceEquals(t_decodedLeaf, this))
            {
                buffer ??= [];
                Decode(Grow(ref buffer, Length));
                t_decoded = buffer;
                t_decodedLeaf = this;
            }
            return buffer.AsSpan(0, Length);
        }
    }

    public override char this[int index]
    {
        get
        {
            if (_bytes.Length == Length)
            {
                return (char)_bytes[index]; // all ASCII
            }
            if (!ReferenceEquals(t_decodedLeaf, this) && (index == 0 || index == Length - 1))
            {
                _ = index == 0 ? Rune.DecodeFromUtf8(_bytes, out var rune, out _) : Rune.DecodeLastFromUtf8(_bytes, out rune, out _);
                if (rune.IsBmp)
                {
                    return (char)rune.Value;
                }
                // A supplementary char: the leaf starts with its high surrogate or ends with its low one.
                Span<char> pair = stackalloc char[2];
                rune.EncodeToUtf16(pair);
                return pair[index == 0 ? 0 : 1];
            }
            return Chars[index];
        }
    }

    public override ReadOnlyMemory<char> GetChars(ref char[] buffer)
    {
        var chars = Grow(ref buffer, Length);
        if (ReferenceEquals(t_decodedLeaf, this))
        {
            Chars.CopyTo(chars);
            return buffer.AsMemory(0, Length);
        }
        return buffer.AsMemory(0, Decode(chars));
    }

    /// <summary>Decodes into <paramref name="destination"/>, returning the chars written.</summary>
    private int Decode(Span<char> destination)
    {
        Utf8.ToUtf16(_bytes, destination, out _, out var written);
        return written;
    }

    /// <summary>The first <paramref name="length"/> chars of the buffer, replaced by a larger array when too small.</summary>
    private static Span<char> Grow(ref char[] buffer, int length)
    {
        if (buffer.Length < length)
        {
            buffer = new char[Math.Max(length, Math.Min(2 * buffer.Length, Array.MaxLength))];
        }
        return buffer.AsSpan(0, length);
    }
}
