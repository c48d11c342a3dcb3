namespace ListingLsp.Server.Diagnostics;

/// <summary>Serialized diagnostics and the line they are written relative to (absolute in a result, a group's own in a cache entry).</summary>
internal readonly record struct DiagnosticPiece(int BaseLine, DiagnosticJson[] Diagnostics);
