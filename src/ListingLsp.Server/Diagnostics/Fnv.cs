namespace ListingLsp.Server.Diagnostics;

/// <summary>FNV-1a, 64 bit: a stable hash: equal diagnostics give the pull model equal resultIds, in any run.</summary>
internal static class Fnv
{
    public const ulong Basis = 14695981039346656037UL;

    private const ulong Prime = 1099511628211UL;

    public static ulong Add(ulong hash, ReadOnlySpan<byte> bytes)
    {
        foreach (var b in bytes)
        {
            hash = (hash ^ b) * Prime;
        }
        return hash;
    }

    public static ulong Add(ulong hash, ulong value) => (hash ^ value) * Prime;
}
