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

    public WorkspaceIndex SetDocument(string uri, ListingDocument document) => WithShare(uri, BuildShare(uri, document));

    /// <summary>A document's share of an index, built apart from any index (it costs the document's entries) for <see cref="WithShare"/>.</summary>
    public static DocumentShare BuildShare(string uri, ListingDocument document) => new(new DocumentPapers(uri, document));

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
    /// One document's share of the index, built once per document version from the entries' headlines.
    /// Names, tags, categories and words repeat across papers, so each distinct one is stored once
    /// (a 100k-entry document's share is 46 MiB, 124 MiB with a copy per paper and precomputed author words).
    /// </summary>
    internal sealed class DocumentPapers
    {
        /// <summary>Each paper's lowercased title words, in the order of <see cref="Papers"/>.</summary>
        private readonly string[][] _titleWords;

        /// <summary>Per distinct author name as written: its key and its lowercased words.</summary>
        private readonly Dictionary<string, (string Key, string[] Words)> _authors = new(StringComparer.Ordinal);

        public DocumentPapers(string uri, ListingDocument document)
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
            AuthorCounts = Count(Papers.Select(p => p.Authors.Select(a => (AuthorKey(a), a)).DistinctBy(a => a.Item1)));
            OrgCounts = Count(Papers.Select(p => p.Orgs.Select(o => (o, o))));
        }

        public ImmutableArray<PaperRef> Papers { get; }

        public Dictionary<string, (string Display, int Count)> AuthorCounts { get; }

        public Dictionary<string, (string Display, int Count)> OrgCounts { get; }

        /// <summary>The name key (<see cref="TitleKey.OfName"/>) of one of this document's authors.</summary>
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

        private static Dictionary<string, (string, int)> Count(IEnumerable<IEnumerable<(string Key, string Display)>> perPaper)
        {
            var counts = new Dictionary<string, (string Display, int Count)>(StringComparer.Ordinal);
            foreach (var (key, display) in perPaper.SelectMany(p => p))
            {
                counts[key] = counts.TryGetValue(key, out var c) ? (c.Display, c.Count + 1) : (display, 1);
            }
            return counts;
        }
    }

    private static class Words
    {
        public static string[] Of(string text) =>
            text.ToLowerInvariant().Split(text.Where(c => !char.IsLetterOrDigit(c)).Distinct().ToArray(), StringSplitOptions.RemoveEmptyEntries);
    }
}
