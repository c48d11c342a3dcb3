using ListingLsp.Analysis;

namespace ListingLsp.Server.Documents;

/// <summary>One version of an open document: immutable, so a request can work on it while edits go on.</summary>
/// <param name="Uri">The URI as the client spelled it (used in everything sent back).</param>
internal sealed record DocumentSnapshot(string Uri, int Version, ListingDocument Document);
