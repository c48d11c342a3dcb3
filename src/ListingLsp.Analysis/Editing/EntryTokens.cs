namespace ListingLsp.Analysis.Editing;

/// <summary>
/// An entry's semantic tokens relative to its start, for the options they were made with, and where its
/// lines start (relative; the first is 0). Kept for every entry of an open document (in the entry node's
/// <see cref="EntryAnnotation"/>), so a token takes 12 bytes rather than a <see cref="ClassifiedSpan"/>'s 24
/// (about 1.1M tokens at 100k entries).
/// </summary>
internal sealed record EntryTokens(AnalysisOptions Options, EntryToken[] Tokens, int[] LineStarts);

/// <summary>A token relative to its entry: its line within the entry indexes <see cref="EntryTokens.LineStarts"/>.</summary>
internal readonly struct EntryToken(ClassifiedSpan token, int entryStart)
{
    public int Start { get; } = token.Span.Start - entryStart;

    public int Length { get; } = token.Span.Length;

    private readonly byte _kind = checked((byte)token.Kind);
    private readonly byte _modifiers = checked((byte)token.Modifiers);

    public ushort Line { get; } = checked((ushort)token.Line);

    public ListingTokenKind Kind => (ListingTokenKind)_kind;

    public ListingTokenModifiers Modifiers => (ListingTokenModifiers)_modifiers;
}
