namespace ListingLsp.Syntax.Text;

/// <summary>
/// Shape of a rope's tree. Leaves hold at most <see cref="MaxChunk"/> chars and, except for a lone root,
/// at least <see cref="MinChunk"/>; branches other than the root hold between <see cref="MinFanout"/> and
/// <see cref="MaxFanout"/> children. Tests use tiny values to exercise deep trees.
/// </summary>
internal sealed class RopeLimits
{
    /// <summary>4K chars: a keystroke copies at most one such leaf, and a 150 MB file has ~40K leaves.</summary>
    public static readonly RopeLimits Default = new(4096, 16);

    public RopeLimits(int maxChunk, int maxFanout)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(maxChunk, 4);
        ArgumentOutOfRangeException.ThrowIfLessThan(maxFanout, 4);
        MaxChunk = maxChunk;
        MinChunk = Math.Max(1, maxChunk / 4);
        MaxFanout = maxFanout;
        MinFanout = maxFanout / 2;
    }

    public int MaxChunk { get; }

    public int MinChunk { get; }

    public int MaxFanout { get; }

    public int MinFanout { get; }
}
