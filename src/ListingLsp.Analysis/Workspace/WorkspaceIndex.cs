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

    public WorkspaceIndex SetDocument(string uri, ListingDocument document) => new(_documents.SetItem(uri, new DocumentPapers(uri, document)));

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
            .SelectMany(d => d.Searchable)
            .Select(s => (s.Paper, Score: Score(s, words)))
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
        return [.. _documents.Values.SelectMany(d => d.Papers).Where(p => p.Authors.Any(a => TitleKey.OfName(a) == key))];
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

    /// <summary>0 when a query word matches nothing; exact word matches and title matches rank higher.</summary>
    private static int Score(Searchable paper, string[] words)
    {
        var score = 0;
        foreach (var word in words)
        {
            var inTitle = Match(paper.TitleWords, word);
            var inAuthors = Match(paper.AuthorWords, word);
            if (inTitle == 0 && inAuthors == 0)
            {
                return 0;
            }
            score += Math.Max(inTitle + 1, inAuthors);
        }
        return score;
    }

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

    private sealed record Searchable(PaperRef Paper, string[] TitleWords, string[] AuthorWords);

    /// <summary>One document's share of the index, built once per document version.</summary>
    private sealed class DocumentPapers
    {
        public DocumentPapers(string uri, ListingDocument document)
        {
            Papers = [.. document.Entries.Where(e => e.Title is not null).Select(e => new PaperRef(
                uri, e.Title!.Value.Value, e.Line, e.Title.Value.Span, e.Category?.Value, e.Date,
                [.. e.Authors.Select(a => a.Value.Trim())],
                [.. e.Orgs.Select(o => TagForm.ToTag(o.Value) ?? o.Value).Distinct()]))];
            Searchable = [.. Papers.Select(p => new Searchable(p, Words.Of(p.Title), [.. p.Authors.SelectMany(Words.Of)]))];
            AuthorCounts = Count(Papers.Select(p => p.Authors.Select(a => (TitleKey.OfName(a), a)).DistinctBy(a => a.Item1)));
            OrgCounts = Count(Papers.Select(p => p.Orgs.Select(o => (o, o))));
        }

        public ImmutableArray<PaperRef> Papers { get; }

        public ImmutableArray<Searchable> Searchable { get; }

        public Dictionary<string, (string Display, int Count)> AuthorCounts { get; }

        public Dictionary<string, (string Display, int Count)> OrgCounts { get; }

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
