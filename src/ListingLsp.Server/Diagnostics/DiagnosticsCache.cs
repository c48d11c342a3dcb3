using System.Collections.Concurrent;
using ListingLsp.Analysis;
using ListingLsp.Server.Documents;
using ListingLsp.Server.Protocol;

namespace ListingLsp.Server.Diagnostics;

/// <summary>
/// The serialized diagnostics of open documents, kept per group of findings (an entry's or a whole
/// block's, see <see cref="IGroupedDiagnostics"/>) with lines relative to the group's first line.
/// Publishing after an edit walks down only the groups the edit made new and serializes only the
/// findings in them; every other group is reused wherever the edit moved it, for one rope lookup.
/// </summary>
internal sealed class DiagnosticsCache
{
    private readonly ConcurrentDictionary<string, DocumentCache> documents = new(StringComparer.Ordinal);

    /// <summary>The diagnostics of <paramref name="snapshot"/>, the document known as <paramref name="key"/>.</summary>
    public SerializedDiagnostics Serialize(string key, DocumentSnapshot snapshot, PositionConverter positions, CancellationToken cancellationToken = default)
    {
        var cache = documents.GetOrAdd(key, _ => new DocumentCache());
        lock (cache)
        {
            return cache.Serialize(snapshot, positions, cancellationToken);
        }
    }

    /// <summary>Drops what was kept for a closed document.</summary>
    public void Forget(string key) => documents.TryRemove(key, out _);

    private sealed class DocumentCache
    {
        private readonly Dictionary<object, Entry> entries = [];
        private Dictionary<Diagnostic, DiagnosticJson> documentWide = new(DiagnosticComparer.Instance);
        private List<Entry> tops = [];
        private PositionConverter? positions;
        private int limit;
        private int count;
        private int generation;

        public SerializedDiagnostics Serialize(DocumentSnapshot snapshot, PositionConverter positions, CancellationToken cancellationToken)
        {
            if (!ReferenceEquals(positions, this.positions))
            {
                entries.Clear();
                documentWide.Clear();
                this.positions = positions;
            }
            var findings = snapshot.Document.GetDiagnostics() as IGroupedDiagnostics
                ?? throw new InvalidOperationException("the analysis no longer groups its diagnostics");
            var pieces = new List<DiagnosticPiece>(count);
            tops = [];
            foreach (var group in findings.Groups())
            {
                Append(snapshot, group, pieces, tops, cancellationToken);
            }
            if (entries.Count > limit)
            {
                Evict();
            }
            count = pieces.Count;
            return new SerializedDiagnostics(pieces, SerializeDocumentWide(snapshot, findings.DocumentWide));
        }

        /// <summary>
        /// The few document-wide findings (LST030) span two entries, so no one group holds them: each is
        /// converted anew, but serialized again only when its conversion changed.
        /// </summary>
        private DiagnosticJson[] SerializeDocumentWide(DocumentSnapshot snapshot, IReadOnlyList<ListingDiagnostic> findings)
        {
            var kept = new Dictionary<Diagnostic, DiagnosticJson>(findings.Count, DiagnosticComparer.Instance);
            var result = new DiagnosticJson[findings.Count];
            for (var i = 0; i < findings.Count; i++)
            {
                var diagnostic = DiagnosticConverter.Convert(snapshot, positions!, findings[i]);
                result[i] = documentWide.GetValueOrDefault(diagnostic) ?? DiagnosticJson.From(diagnostic, 0);
                kept[diagnostic] = result[i];
            }
            documentWide = kept;
            return result;
        }

        /// <summary>
        /// Adds a group's pieces (absolute lines) and collects its entry, or those of its keyed parts when it
        /// has no key, into <paramref name="parts"/> (the parts of the nearest keyed group above).
        /// </summary>
        private void Append(DocumentSnapshot snapshot, DiagnosticGroup group, List<DiagnosticPiece> pieces, List<Entry> parts, CancellationToken cancellationToken)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var start = snapshot.Document.Text.GetPosition(group.Offset);
            // Columns on the group's first line count from the line's start: only a group that starts a
            // line keeps its columns wherever it moves.
            var key = start.Character == 0 ? group.Key : null;
            if (key is not null && entries.TryGetValue(key, out var cached))
            {
                foreach (var piece in cached.Pieces)
                {
                    pieces.Add(piece with { BaseLine = piece.BaseLine + start.Line });
                }
                parts.Add(cached);
                return;
            }
            var first = pieces.Count;
            var inner = key is null ? parts : [];
            if (group.HasParts)
            {
                foreach (var part in group.Parts())
                {
                    Append(snapshot, part, pieces, inner, cancellationToken);
                }
            }
            else
            {
                pieces.Add(new DiagnosticPiece(start.Line, [.. group.Findings.Select(d => DiagnosticJson.From(DiagnosticConverter.Convert(snapshot, positions!, d, group.Offset), start.Line))]));
            }
            if (key is not null)
            {
                var entry = new Entry([.. pieces.Skip(first).Select(p => p with { BaseLine = p.BaseLine - start.Line })], [.. inner]);
                entries[key] = entry;
                parts.Add(entry);
            }
        }

        /// <summary>Drops the entries the last result does not reach (groups that edits replaced); runs when they could outnumber the live ones.</summary>
        private void Evict()
        {
            generation++;
            var live = tops.Sum(e => e.Mark(generation));
            foreach (var (key, entry) in entries)
            {
                if (entry.Generation != generation)
                {
                    entries.Remove(key);
                }
            }
            limit = 2 * live + 64;
        }
    }

    /// <summary>A group's pieces, and the entries of its keyed parts (kept alive while it is).</summary>
    private sealed class Entry(DiagnosticPiece[] pieces, Entry[] parts)
    {
        public DiagnosticPiece[] Pieces { get; } = pieces;

        public int Generation { get; private set; }

        /// <summary>Marks this entry and its parts as used now; returns how many that is.</summary>
        public int Mark(int generation)
        {
            if (Generation == generation)
            {
                return 0;
            }
            Generation = generation;
            var marked = 1;
            foreach (var part in parts)
            {
                marked += part.Mark(generation);
            }
            return marked;
        }
    }
}
