using System.Buffers;

namespace ListingLsp.Server.Rpc;

/// <summary>
/// Passes a message's bytes through to StreamJsonRpc's message buffer, asking for large spans once the message
/// is large. The buffer rents one pooled array per span it is asked for: an outline of 100k entries (~30 MB)
/// written in the usual small spans would rent hundreds of arrays, more than the pool keeps, and leave most
/// of them as gen2 garbage after every answer; in 1 MiB spans it rents a few dozen that the pool keeps for
/// the next large answer.
/// </summary>
internal sealed class LargeSpanBufferWriter(IBufferWriter<byte> inner) : IBufferWriter<byte>
{
    /// <summary>Messages up to this size are written as StreamJsonRpc would write them.</summary>
    private const int SmallMessage = 256 << 10;
    private const int LargeSpan = 1 << 20;
    private long written;

    public void Advance(int count)
    {
        written += count;
        inner.Advance(count);
    }

    public Memory<byte> GetMemory(int sizeHint = 0) => inner.GetMemory(Hint(sizeHint));

    public Span<byte> GetSpan(int sizeHint = 0) => inner.GetSpan(Hint(sizeHint));

    private int Hint(int sizeHint) => written < SmallMessage ? sizeHint : Math.Max(sizeHint, LargeSpan);
}
