namespace ListingLsp.Benchmarks.Generation;

/// <summary>Where a defect-free entry sits, so benchmarks can edit, hover and complete inside it.</summary>
/// <param name="HeaderLine">0-based line of the header; the byline and abstract follow it.</param>
/// <param name="AbstractOffset">UTF-16 offset of the abstract's first character.</param>
/// <param name="BylineLength">UTF-16 length of the byline (its end is just after the last org tag, if any).</param>
/// <param name="HasOrgs">The byline ends with an org part.</param>
internal readonly record struct EntrySite(int HeaderLine, int AbstractOffset, int BylineLength, bool HasOrgs)
{
    public int BylineLine => HeaderLine + 1;

    public int AbstractLine => HeaderLine + 2;
}

/// <summary>A generated listing and the places benchmarks use in it.</summary>
internal sealed record GeneratedListing(string Text, int Entries, int Defects, IReadOnlyList<EntrySite> CleanEntries)
{
    /// <summary>Column inside the abstract's first sentence (plain words) where one-character edits go.</summary>
    public const int EditColumn = 20;

    /// <summary>A clean entry in the middle of the file: the place for single-edit benchmarks.</summary>
    public EntrySite Middle => CleanEntries[CleanEntries.Count / 2];
}
