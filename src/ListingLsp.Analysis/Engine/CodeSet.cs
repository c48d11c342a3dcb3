namespace ListingLsp.Analysis;

/// <summary>A set of diagnostic codes as a bit mask over <see cref="DiagnosticCodes.All"/>.</summary>
internal readonly record struct CodeSet(uint Bits)
{
    public static CodeSet Empty => default;

    public bool IsEmpty => Bits == 0;

    public bool Contains(int index) => (Bits & (1u << index)) != 0;

    public bool Contains(string code) => Contains(DiagnosticCodes.Get(code).Index);

    public CodeSet With(int index) => new(Bits | (1u << index));

    public CodeSet Union(CodeSet other) => new(Bits | other.Bits);
}
