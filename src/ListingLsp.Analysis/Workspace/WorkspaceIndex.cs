using System.Collections.Immutable;
using ListingLsp.Syntax.Text;

namespace ListingLsp.Analysis;

/// <summary>One paper as the workspace index knows it (orgs in tag form).</summary>
public sealed record PaperRef(
    string Uri,
    string Title,
    int Line,
    TextSpan TitleSpan,
    string? Category,
    DateOnly? Date,
    ImmutableArray<string> Authors,
    ImmutableArray<string> Orgs);

/// <summary>
/// Immutable index of the papers of every listing in the workspace, keyed by document URI.
/// Updating one document costs that document's entries, not the workspace's: each document's
/// papers and counts are built once and shared by every later index; only the cross-document
/// totals are summed again, lazily, from the per-document counts.
/// </summary>
public sealed partial class WorkspaceIndex
{
    private readonly ImmutableSortedDictionary<string, DocumentPapers> _documents;
    private readonly Lazy<IReadOnlyList<(string, int)>> _orgTags;
    private readonly Lazy<IReadOnlyList<(string, int)>> _authors;

    private WorkspaceIndex(ImmutableSortedDictionary<string, DocumentPapers> documents)
    {
        _documents = documents;
        _orgTags = new(() => Totals(d => d.OrgCounts));
        _authors = new(() => Totals(d => d.AuthorCounts));
    }

    public static WorkspaceIndex Empty { get; } = new(ImmutableSortedDictionary.Create<string, DocumentPapers>(StringComparer.Ordinal));

    /// <summary>The index with <paramref name="document"/> as the text of <paramref name="uri"/>.</summary>
    /// <param name="open">An open document's paper catalog is read from it when first needed (the document stays alive
    /// anyway); a document read from disk is indexed at once, so that its text can go.</param>
    public WorkspaceIndex SetDocument(string uri, ListingDocument document, bool open = false) => WithShare(uri, BuildShare(uri, document, open));

    /// <summary>A document's share of an index, built apart from any index (it costs the document's entries) for <see cref="WithShare"/>.</summary>
    public static DocumentShare BuildShare(string uri, ListingDocument document, bool open = false) => new(new DocumentPapers(uri, document, open));

    public WorkspaceIndex WithShare(string uri, DocumentShare share) => new(_documents.SetItem(uri, share.Papers));

    public WorkspaceIndex RemoveDocument(string uri) => _documents.ContainsKey(uri) ? new(_documents.Remove(uri)) : this;

    public IEnumerable<string> Documents => _documents.Keys;

    /// <summary>The papers of one document, in document order.</summary>
    public IReadOnlyList<PaperRef> PapersIn(string uri) => _documents.TryGetValue(uri, out var d) ? d.Papers : [];

    /// <summary>Papers whose title words or author names match every word of the query (case-insensitive prefix match), best first.</summary>
    public IReadOnlyList<PaperRef> Search(string query, int maxResults)
    {
        var words = Words.Of(query);
        if (words.Length == 0 || maxResults <= 0)
        {
            return [];
        }
        return _documents.Values
            .SelectMany(d => d.Papers.Select((paper, i) => (Paper: paper, Score: d.Score(i, words))))
            .Where(s => s.Score > 0)
            .OrderByDescending(s => s.Score)
            .ThenBy(s => s.Paper.Uri, StringComparer.Ordinal)
            .ThenBy(s => s.Paper.Line)
            .Take(maxResults)
            .Select(s => s.Paper)
            .ToList();
    }

    public IReadOnlyList<PaperRef> PapersByAuthor(string author)
    {
        var key = TitleKey.OfName(author);
        return [.. _documents.Values.SelectMany(d => d.Papers.Where(p => p.Authors.Any(a => d.AuthorKey(a) == key)))];
    }

    public IReadOnlyList<PaperRef> PapersByOrg(string tag)
    {
        var key = TagForm.ToTag(tag) ?? tag;
        return [.. _documents.Values.SelectMany(d => d.Papers).Where(p => p.Orgs.Contains(key))];
    }

    /// <summary>Org tags used in the workspace with their paper counts, most frequent first.</summary>
    public IReadOnlyList<(string Tag, int Count)> OrgTags => _orgTags.Value;

    /// <summary>Author names used in the workspace with their paper counts, most frequent first.</summary>
    public IReadOnlyList<(string Name, int Count)> Authors => _authors.Value;

    private static int Match(string[] candidates, string word) =>
        candidates.Contains(word) ? 2 : candidates.Any(c => c.StartsWith(word, StringComparison.Ordinal)) ? 1 : 0;

    private List<(string, int)> Totals(Func<DocumentPapers, Dictionary<string, (string Display, int Count)>> counts)
    {
        var totals = new Dictionary<string, (string Display, int Count)>(StringComparer.Ordinal);
        foreach (var document in _documents.Values)
        {
            foreach (var (key, (display, count)) in counts(document))
            {
                totals[key] = totals.TryGetValue(key, out var t) ? (t.Display, t.Count + count) : (display, count);
            }
        }
        return [.. totals.Values.OrderByDescending(t => t.Count).ThenBy(t => t.Display, StringComparer.Ordinal).Select(t => (t.Display, t.Count))];
    }

    /// <summary>One document's papers and counts, as <see cref="BuildShare"/> made them.</summary>
    public sealed class DocumentShare
    {
        internal DocumentShare(DocumentPapers papers) => Papers = papers;

        internal DocumentPapers Papers { get; }
    }

    /// <summary>
    /// One document's share of the index, built once per document version from the entries' headlines: the
    /// author and org counts (what completion needs) and the catalog of papers (what search and the paper
    /// lists on hover need). An open document's catalog is read only when a feature first asks for it, so
    /// completing an org tag in a 100k-entry document does not hold 46 MiB of paper records for nobody.
    /// </summary>
    internal sealed class DocumentPapers
    {
        private readonly Lazy<PaperCatalog> _catalog;

        public DocumentPapers(string uri, ListingDocument document, bool lazyCatalog)
        {
            _catalog = new(() => new PaperCatalog(uri, document));
            if (lazyCatalog)
            {
                var keys = new Dictionary<string, string>(StringComparer.Ordinal);
                (AuthorCounts, OrgCounts) = Counts(document.Headlines.Where(e => e.Title is not null).Select(e => (
                    e.Authors.Select(a => a.Value.Trim()).Select(a => (keys.TryGetValue(a, out var k) ? k : keys[a] = TitleKey.OfName(a), a)),
                    e.Orgs.Select(o => TagForm.ToTag(o.Value) ?? o.Value))));
            }
            else
            {
                var catalog = _catalog.Value;
                (AuthorCounts, OrgCounts) = Counts(catalog.Papers.Select(p => (p.Authors.Select(a => (catalog.AuthorKey(a), a)), p.Orgs.AsEnumerable())));
            }
        }

        public ImmutableArray<PaperRef> Papers => _catalog.Value.Papers;

        public Dictionary<string, (string Display, int Count)> AuthorCounts { get; }

        public Dictionary<string, (string Display, int Count)> OrgCounts { get; }

        /// <summary>The name key (<see cref="TitleKey.OfName"/>) of one of this document's authors.</summary>
        public string AuthorKey(string author) => _catalog.Value.AuthorKey(author);

        public int Score(int i, string[] words) => _catalog.Value.Score(i, words);

        /// <summary>Papers per author key and per org tag; a paper counts once for each distinct one.</summary>
        private static (Dictionary<string, (string, int)>, Dictionary<string, (string, int)>) Counts(
            IEnumerable<(IEnumerable<(string Key, string Display)> Authors, IEnumerable<string> Orgs)> papers)
        {
            var authors = new Dictionary<string, (string Display, int Count)>(StringComparer.Ordinal);
            var orgs = new Dictionary<string, (string Display, int Count)>(StringComparer.Ordinal);
            foreach (var (paperAuthors, paperOrgs) in papers)
            {
                Add(authors, paperAuthors.DistinctBy(a => a.Key));
                Add(orgs, paperOrgs.Distinct().Select(o => (o, o)));
            }
            return (authors, orgs);
        }

        private static void Add(Dictionary<string, (string Display, int Count)> counts, IEnumerable<(string Key, string Display)> keys)
        {
            foreach (var (key, display) in keys)
            {
                counts[key] = counts.TryGetValue(key, out var c) ? (c.Display, c.Count + 1) : (display, 1);
            }
        }
    }

    /// <summary>
    /// A document's papers with what search needs. Names, tags, categories and words repeat across papers, so
    /// each distinct one is stored once (46 MiB for 100k entries, 124 MiB with a copy per paper and precomputed
    /// author words).
    /// </summary>
    private sealed class PaperCatalog
    {
        /// <summary>Each paper's lowercased title words, in the order of <see cref="Papers"/>.</summary>
        private readonly string[][] _titleWords;

        /// <summary>Per distinct author name as written: its key and its lowercased words.</summary>
        private readonly Dictionary<string, (string Key, string[] Words)> _authors = new(StringComparer.Ordinal);

        public PaperCatalog(string uri, ListingDocument document)
        {
            var strings = new HashSet<string>(StringComparer.Ordinal);
            string Shared(string text)
            {
                if (strings.TryGetValue(text, out var known))
                {
                    return known;
                }
                strings.Add(text);
                return text;
            }

            string[] SharedWords(string text) => [.. Words.Of(text).Select(Shared)];

            var papers = ImmutableArray.CreateBuilder<PaperRef>();
            var titleWords = new List<string[]>();
            foreach (var e in document.Headlines)
            {
                if (e.Title is not { } title)
                {
                    continue;
                }
                ImmutableArray<string> authors = [.. e.Authors.Select(a => Shared(a.Value.Trim()))];
                foreach (var author in authors)
                {
                    if (!_authors.ContainsKey(author))
                    {
                        _authors.Add(author, (Shared(TitleKey.OfName(author)), SharedWords(author)));
                    }
                }
                ImmutableArray<string> orgs = [.. e.Orgs.Select(o => Shared(TagForm.ToTag(o.Value) ?? o.Value)).Distinct()];
                papers.Add(new PaperRef(uri, title.Value, e.Line, title.Span, e.Category?.Value is { } c ? Shared(c) : null, e.Date, authors, orgs));
                titleWords.Add(SharedWords(title.Value));
            }
            Papers = papers.ToImmutable();
            _titleWords = [.. titleWords];
        }

        public ImmutableArray<PaperRef> Papers { get; }

        public string AuthorKey(string author) => _authors[author].Key;

        /// <summary>Paper <paramref name="i"/>'s score: 0 when a query word matches nothing; exact word matches and title matches rank higher.</summary>
        public int Score(int i, string[] words)
        {
            var score = 0;
            foreach (var word in words)
            {
                var inTitle = Match(_titleWords[i], word);
                var inAuthors = 0;
                foreach (var author in Papers[i].Authors)
                {
                    inAuthors = Math.Max(inAuthors, Match(_authors[author].Words, word));
                }
                if (inTitle == 0 && inAuthors == 0)
                {
                    return 0;
                }
                score += Math.Max(inTitle + 1, inAuthors);
            }
            return score;
        }
    }

    private static class Words
    {
        public static string[] Of(string text) =>
            text.ToLowerInvariant().Split(text.Where(c => !char.IsLetterOrDigit(c)).Distinct().ToArray(), StringSplitOptions.RemoveEmptyEntries);
    }
}
