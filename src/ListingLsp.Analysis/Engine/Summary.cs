using System.Collections.Immutable;
using System.Runtime.CompilerServices;

namespace ListingLsp.Analysis;

/// <summary>
/// What an item or a whole ItemBlock contributes to the document's diagnostics, independent of its
/// position: per-code counts (next-entry ignores inside it applied), the first entry's counts (for
/// an ignore directive that stands before the block), the ignore codes still pending at its end and
/// the file-level ignore codes in it. Combining children costs O(children x codes), so an edit
/// recomputes only the summaries on its path to the root.
/// </summary>
internal sealed class Summary
{
    private static readonly int[] NoCounts = new int[DiagnosticCodes.Count];

    public static readonly Summary Empty = new(NoCounts, NoCounts, false, CodeSet.Empty, CodeSet.Empty, CodeSet.Empty);

    private Summary(int[] counts, int[] firstEntryCounts, bool hasEntry, CodeSet trailing, CodeSet fileIgnores, CodeSet nextEntryIgnores)
    {
        NextEntryIgnores = nextEntryIgnores;
        _none = counts == NoCounts || Array.TrueForAll(counts, n => n == 0);
        Counts = counts;
        FirstEntryCounts = firstEntryCounts;
        HasEntry = hasEntry;
        Trailing = trailing;
        FileIgnores = fileIgnores;
    }

    /// <summary>No diagnostics at all (most items and many blocks): <see cref="Visible"/> is 0 without looking at the codes.</summary>
    private readonly bool _none;

    public int[] Counts { get; }

    public int[] FirstEntryCounts { get; }

    public bool HasEntry { get; }

    /// <summary>Next-entry ignore codes not yet consumed by an entry at the end of this part.</summary>
    public CodeSet Trailing { get; }

    public CodeSet FileIgnores { get; }

    /// <summary>Every code a next-entry ignore directive in this part names (whether or not it reaches an entry).</summary>
    public CodeSet NextEntryIgnores { get; }

    /// <summary>An entry without findings (most of them): one shared instance.</summary>
    private static readonly Summary CleanEntry = new(NoCounts, NoCounts, true, CodeSet.Empty, CodeSet.Empty, CodeSet.Empty);

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static Summary ForItem(ImmutableArray<ListingDiagnostic> diagnostics, bool isEntry, CodeSet nextEntryIgnores, CodeSet fileIgnores)
    {
        if (diagnostics.IsEmpty && nextEntryIgnores.IsEmpty && fileIgnores.IsEmpty)
        {
            return isEntry ? CleanEntry : Empty;
        }
        var counts = diagnostics.IsEmpty ? NoCounts : new int[DiagnosticCodes.Count];
        foreach (var d in diagnostics)
        {
            counts[DiagnosticCodes.Get(d.Code).Index]++;
        }
        return new Summary(counts, isEntry ? counts : NoCounts, isEntry, nextEntryIgnores, fileIgnores, nextEntryIgnores);
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static Summary Combine(Summary[] children)
    {
        var counts = new int[DiagnosticCodes.Count];
        int[]? first = null;
        var pending = CodeSet.Empty;
        var fileIgnores = CodeSet.Empty;
        var nextEntryIgnores = CodeSet.Empty;
        foreach (var child in children)
        {
            nextEntryIgnores = nextEntryIgnores.Union(child.NextEntryIgnores);
            for (var c = 0; c < counts.Length; c++)
            {
                counts[c] += child.Counts[c] - (child.HasEntry && pending.Contains(c) ? child.FirstEntryCounts[c] : 0);
            }
            if (child.HasEntry && first is null)
            {
                first = new int[DiagnosticCodes.Count];
                for (var c = 0; c < first.Length; c++)
                {
                    first[c] = pending.Contains(c) ? 0 : child.FirstEntryCounts[c];
                }
            }
            pending = child.After(pending);
            fileIgnores = fileIgnores.Union(child.FileIgnores);
        }
        return new Summary(counts, first ?? NoCounts, first is not null, pending, fileIgnores, nextEntryIgnores);
    }

    /// <summary>
    /// Shows nothing and passes pending ignores through unchanged (<see cref="Empty"/>) or just clears
    /// them (a clean entry): a diagnostics walk can skip such a part.
    /// </summary>
    public bool IsPlain => ReferenceEquals(this, Empty) || ReferenceEquals(this, CleanEntry);

    /// <summary>The pending ignore codes after this part, given those pending before it.</summary>
    public CodeSet After(CodeSet incoming) => HasEntry ? Trailing : incoming.Union(Trailing);

    /// <summary>Diagnostics this part shows with <paramref name="incoming"/> pending before it and <paramref name="suppressed"/> off.</summary>
    public int Visible(CodeSet incoming, CodeSet suppressed)
    {
        if (_none)
        {
            return 0;
        }
        var n = 0;
        for (var c = 0; c < Counts.Length; c++)
        {
            if (!suppressed.Contains(c))
            {
                n += Counts[c] - (HasEntry && incoming.Contains(c) ? FirstEntryCounts[c] : 0);
            }
        }
        return n;
    }
}
