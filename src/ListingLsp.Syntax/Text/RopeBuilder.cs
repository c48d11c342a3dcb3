using System.Text;

namespace ListingLsp.Syntax.Text;

/// <summary>
/// Builds a UTF-8 rope from text that arrives in pieces (a file or a JSON string read block by block),
/// holding about 1x the UTF-8 size: each chunk is stored as UTF-8 as soon as it is complete, and no string
/// of the whole document is ever made. Bytes decode exactly as <c>Encoding.UTF8.GetString</c> of all of them
/// would (invalid sequences become U+FFFD, a byte-order mark stays U+FEFF), however they are split across
/// <see cref="Append(ReadOnlySpan{byte})"/> calls. Edits to the rope keep its chunks UTF-8.
/// </summary>
public sealed class RopeBuilder
{
    /// <summary>Chunks decoded per refill of the pending buffer: a bigger buffer moves its tail less often.</summary>
    private const int PendingChunks = 16;

    private readonly RopeLimits _limits;
    private readonly Decoder _decoder = Encoding.UTF8.GetDecoder();
    private readonly List<RopeNode> _leaves = [];

    /// <summary>Decoded chars not yet in a leaf. A leaf is cut only with two chunks' worth behind it, so the
    /// tail left for <see cref="ToRope"/> is longer than a chunk and splits into leaves above the minimum size.</summary>
    private char[] _pending;
    private int _pendingLength;
    private long _leavesLength;
    private bool _built;

    public RopeBuilder()
        : this(RopeLimits.Default)
    {
    }

    /// <summary>A builder for a custom tree shape (tests use tiny chunks to get deep trees).</summary>
    internal RopeBuilder(int maxChunkSize, int maxFanout = 16)
        : this(new RopeLimits(maxChunkSize, maxFanout))
    {
    }

    private RopeBuilder(RopeLimits limits)
    {
        _limits = limits;
        _pending = new char[(PendingChunks + 2) * limits.MaxChunk];
    }

    /// <summary>UTF-16 length of the text decoded so far (an incomplete UTF-8 sequence at the end is not yet counted).</summary>
    public long Utf16Length => _leavesLength + _pendingLength;

    /// <summary>Appends UTF-8 bytes; a multi-byte sequence may be split across calls.</summary>
    public void Append(ReadOnlySpan<byte> utf8)
    {
        ThrowIfBuilt();
        do
        {
            _decoder.Convert(utf8, _pending.AsSpan(_pendingLength), flush: false, out var bytesUsed, out var charsUsed, out _);
            utf8 = utf8[bytesUsed..];
            Added(charsUsed);
        }
        while (!utf8.IsEmpty);
    }

    /// <summary>Appends UTF-16 text; an incomplete UTF-8 sequence before it decodes to U+FFFD, as at the end of the bytes.</summary>
    public void Append(ReadOnlySpan<char> text)
    {
        ThrowIfBuilt();
        FlushDecoder();
        while (!text.IsEmpty)
        {
            var count = Math.Min(text.Length, _pending.Length - _pendingLength);
            text[..count].CopyTo(_pending.AsSpan(_pendingLength));
            text = text[count..];
            Added(count);
        }
    }

    /// <summary>The rope of everything appended; the builder is done after this.</summary>
    public Rope ToRope()
    {
        ThrowIfBuilt();
        FlushDecoder();
        _built = true;
        RopeTree.Chunk(_pending.AsMemory(0, _pendingLength), _limits.MaxChunk, utf8: true, _leaves);
        _pending = [];
        return new Rope(RopeTree.Stack(_leaves, _limits), _limits, utf8: true);
    }

    private void FlushDecoder()
    {
        _decoder.Convert([], _pending.AsSpan(_pendingLength), flush: true, out _, out var charsUsed, out _);
        Added(charsUsed);
    }

    /// <summary>Takes in <paramref name="count"/> chars just written to the pending buffer, cutting the complete leaves.</summary>
    private void Added(int count)
    {
        _pendingLength += count;
        if (Utf16Length > int.MaxValue)
        {
            throw new InvalidOperationException($"A rope holds at most {int.MaxValue} UTF-16 chars.");
        }
        var max = _limits.MaxChunk;
        if (_pendingLength < _pending.Length - max)
        {
            return;
        }
        var start = 0;
        while (_pendingLength - start >= 2 * max)
        {
            var end = start + max;
            if (LineBreaks.IsUnsplittable(_pending[end - 1], _pending[end]))
            {
                end--;
            }
            _leaves.Add(RopeLeaf.Create(_pending.AsMemory(start, end - start), utf8: true, loaded: true));
            start = end;
        }
        _pending.AsSpan(start, _pendingLength - start).CopyTo(_pending);
        _pendingLength -= start;
        _leavesLength += start;
    }

    private void ThrowIfBuilt()
    {
        if (_built)
        {
            throw new InvalidOperationException("ToRope has already been called on this builder.");
        }
    }
}
