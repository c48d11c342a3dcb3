using ListingLsp.Server.Protocol;

namespace ListingLsp.Server.Diagnostics;

/// <summary>Diagnostics equal in everything they serialize to (the record compares related information by reference).</summary>
internal sealed class DiagnosticComparer : IEqualityComparer<Diagnostic>
{
    public static DiagnosticComparer Instance { get; } = new();

    public bool Equals(Diagnostic? x, Diagnostic? y) =>
        ReferenceEquals(x, y) || (x is not null && y is not null
            && x.Range == y.Range && x.Severity == y.Severity && x.Code == y.Code && x.Source == y.Source && x.Message == y.Message
            && (x.RelatedInformation ?? []).SequenceEqual(y.RelatedInformation ?? []));

    public int GetHashCode(Diagnostic obj) => HashCode.Combine(obj.Range, obj.Code, obj.Message);
}
