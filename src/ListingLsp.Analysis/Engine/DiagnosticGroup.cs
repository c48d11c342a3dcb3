using ListingLsp.Syntax;

namespace ListingLsp.Analysis;

/// <summary>
/// A document's findings grouped by where they are, so that a consumer can cache what it derives from a
/// group (LSP ranges, JSON) and pay per edit only for the groups the edit made new. The document's list
/// is the groups' findings in order with <see cref="DocumentWide"/> merged in: each one before the first
/// finding that starts at or after it.
/// </summary>
public interface IGroupedDiagnostics
{
    /// <summary>The top groups (the item tree's), in document order.</summary>
    IEnumerable<DiagnosticGroup> Groups();

    /// <summary>The findings that belong to no one item (LST030), sorted by start, spans absolute.</summary>
    IReadOnlyList<ListingDiagnostic> DocumentWide { get; }
}

/// <summary>
/// Findings of one part of the document that starts at <see cref="Offset"/>: an item's (<see cref="Findings"/>,
/// spans relative to <see cref="Offset"/>) or a block's (<see cref="Parts"/>, groups again). A non-null
/// <see cref="Key"/> is equal between two groups, of any snapshots of the document, only when they hold
/// equal findings over the same text from <see cref="Offset"/> on; null means "do not cache".
/// </summary>
public sealed class DiagnosticGroup
{
    private readonly Func<IEnumerable<DiagnosticGroup>>? _parts;

    internal DiagnosticGroup(object? key, int offset, IReadOnlyList<ListingDiagnostic> findings)
    {
        Key = key;
        Offset = offset;
        Findings = findings;
    }

    internal DiagnosticGroup(object? key, int offset, Func<IEnumerable<DiagnosticGroup>> parts)
        : this(key, offset, [])
    {
        _parts = parts;
    }

    public object? Key { get; }

    public int Offset { get; }

    public IReadOnlyList<ListingDiagnostic> Findings { get; }

    public bool HasParts => _parts is not null;

    /// <summary>The groups of a block, made when asked: a consumer that has the block's key cached never walks it.</summary>
    public IEnumerable<DiagnosticGroup> Parts() => _parts?.Invoke() ?? [];
}

/// <summary>The key of an entry's findings: the entry node (its text), the codes hidden at it and the options.</summary>
internal readonly record struct ItemKey(GreenNode Item, CodeSet Hidden, AnalysisContext Context);

/// <summary>
/// The key of a block's findings: the block node (blocks are made fresh and reused only where their text
/// is untouched), the next-entry ignores pending before it, the file-level ignores and the options.
/// </summary>
internal readonly record struct BlockKey(GreenNode Block, CodeSet Pending, CodeSet Suppressed, AnalysisContext Context);
