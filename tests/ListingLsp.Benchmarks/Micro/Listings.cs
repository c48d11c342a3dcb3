using System.Collections.Concurrent;
using ListingLsp.Benchmarks.Generation;

namespace ListingLsp.Benchmarks.Micro;

/// <summary>Generated listings shared by every benchmark case of an in-process run (generating 100k entries takes a while).</summary>
internal static class Listings
{
    private static readonly ConcurrentDictionary<int, GeneratedListing> Cache = new();

    public static GeneratedListing Get(int entries) => Cache.GetOrAdd(entries, n => ListingGenerator.Generate(n));
}
