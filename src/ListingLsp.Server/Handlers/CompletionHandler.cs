using System.Globalization;
using ListingLsp.Analysis;
using ListingLsp.Analysis.Editing;
using ListingLsp.Server.Completion;
using ListingLsp.Server.Documents;
using ListingLsp.Server.Protocol;
using ListingLsp.Server.Rpc;
using ListingLsp.Server.Workspace;
using ListingLsp.Syntax.Text;

namespace ListingLsp.Server.Handlers;

/// <summary>
/// textDocument/completion. Every item carries a textEdit over the partial word, so choosing one never
/// leaves half a word behind. Categories and a new-entry snippet where a header starts; months, a whole
/// date (today) and Code along the header; authors and org tags (workspace first, most frequent first,
/// then the built-in organisations) in the byline.
/// </summary>
internal sealed class CompletionHandler(DocumentStore documents, WorkspaceService workspace, ServerLifecycle lifecycle, TimeProvider clock)
    : IDocumentRequestHandler<CompletionParams, CompletionList?>
{
    private const int MaxNames = 100;

    private static readonly string[] Months = CultureInfo.InvariantCulture.DateTimeFormat.AbbreviatedMonthNames[..12];

    public CompletionList? Handle(DocumentSnapshot document, CompletionParams request, CancellationToken cancellationToken)
    {
        var listing = document.Document;
        var offset = documents.Positions.ToOffset(listing.Text, request.Position);
        var site = CompletionSite.Find(listing, offset);
        var range = documents.Positions.ToRange(listing.Text, site.Replace);
        var partial = listing.Text.ToString(site.Replace);
        var items = new List<CompletionItem>();
        var incomplete = false;
        switch (site.Kind)
        {
            case CompletionSiteKind.LineStart:
                items.AddRange(CategoryItems(range, listing.Options));
                if (site.Entry is null)
                {
                    items.Add(NewEntry(range));
                }
                else if (partial.Length == 2)
                {
                    // A complete category: the date may follow right here.
                    var here = documents.Positions.ToRange(listing.Text, new TextSpan(offset, 0));
                    items.AddRange(DateItems(here));
                }
                break;
            case CompletionSiteKind.Date:
                items.AddRange(DateItems(range));
                break;
            case CompletionSiteKind.CodeFlag:
                items.Add(new CompletionItem
                {
                    Label = "Code",
                    Kind = CompletionItemKind.Keyword,
                    Detail = "the paper has public code",
                    TextEdit = new TextEdit(range, "Code"),
                });
                break;
            case CompletionSiteKind.Author:
                incomplete = NameItems(items, range, partial, Taken(site.Entry, ListingSymbolKind.Author, site.Replace),
                    workspace.Current.Authors.Select(a => (a.Name, a.Count, (string?)null)), CompletionItemKind.Value);
                break;
            case CompletionSiteKind.Org:
                incomplete = NameItems(items, range, partial, Taken(site.Entry, ListingSymbolKind.Org, site.Replace),
                    OrgCandidates(workspace.Current, listing.Options), CompletionItemKind.EnumMember);
                break;
        }
        cancellationToken.ThrowIfCancellationRequested();
        return new CompletionList(incomplete, items);
    }

    private static IEnumerable<CompletionItem> CategoryItems(Protocol.Range range, AnalysisOptions options) =>
        Categories.All.Concat(options.ExtraCategories.Select(c => new CategoryInfo(c.Key, c.Value, "custom")))
            .Select(c => new CompletionItem
            {
                Label = c.Code,
                Kind = CompletionItemKind.EnumMember,
                Detail = $"{c.Name} · {c.Archive}.{c.Code}",
                FilterText = c.Code,
                TextEdit = new TextEdit(range, c.Code),
            });

    private IEnumerable<CompletionItem> DateItems(Protocol.Range range)
    {
        var today = DateOnly.FromDateTime(clock.GetLocalNow().DateTime);
        var todayText = today.ToString("MMM d, yyyy", CultureInfo.InvariantCulture);
        yield return new CompletionItem
        {
            Label = todayText,
            Kind = CompletionItemKind.Constant,
            Detail = "today",
            SortText = "0",
            TextEdit = new TextEdit(range, todayText),
        };
        for (var m = 0; m < Months.Length; m++)
        {
            yield return new CompletionItem
            {
                Label = Months[m],
                Kind = CompletionItemKind.EnumMember,
                Detail = CultureInfo.InvariantCulture.DateTimeFormat.MonthNames[m],
                SortText = $"1{m:D2}",
                TextEdit = new TextEdit(range, Months[m] + " "),
            };
        }
    }

    private CompletionItem NewEntry(Protocol.Range range)
    {
        var today = DateOnly.FromDateTime(clock.GetLocalNow().DateTime).ToString("MMM d, yyyy", CultureInfo.InvariantCulture);
        var snippet = lifecycle.SnippetSupport;
        return new CompletionItem
        {
            Label = "entry",
            Kind = CompletionItemKind.Snippet,
            Detail = "a new paper: header, byline, abstract",
            SortText = "~",
            InsertTextFormat = snippet ? InsertTextFormat.Snippet : InsertTextFormat.PlainText,
            TextEdit = new TextEdit(range, snippet
                ? $"${{1:CL}}${{2:{today}}}\n${{3:Title}}${{4:First Author}}, ${{5:Second Author}} · ${{6:org}}\n${{0:Abstract.}}"
                : $"CL{today}\nTitleFirst Author, Second Author · org\nAbstract."),
        };
    }

    /// <summary>Workspace tags (most frequent first, with counts), then the built-in and configured ones not used yet.</summary>
    private static IEnumerable<(string Name, int Count, string? Detail)> OrgCandidates(WorkspaceIndex index, AnalysisOptions options)
    {
        var used = index.OrgTags.Select(t => (t.Tag, t.Count, KnownOrgs.Find(t.Tag)?.DisplayName)).ToList();
        var seen = used.Select(u => u.Tag).ToHashSet(StringComparer.Ordinal);
        return used
            .Concat(KnownOrgs.All.Where(o => !seen.Contains(o.Tag)).Select(o => (o.Tag, 0, (string?)o.DisplayName)))
            .Concat(options.ExtraOrgTags.Where(t => !seen.Contains(t) && KnownOrgs.Find(t) is null).Select(t => (t, 0, (string?)"configured")));
    }

    /// <summary>Fills names matching the partial word (any word's prefix), best first; true when the list was cut.</summary>
    private static bool NameItems(
        List<CompletionItem> items, Protocol.Range range, string partial, HashSet<string> taken,
        IEnumerable<(string Name, int Count, string? Detail)> candidates, CompletionItemKind kind)
    {
        foreach (var (name, count, detail) in candidates)
        {
            // The word being typed is in the index too; offered alone it would only echo itself.
            if (taken.Contains(name) || !Matches(name, partial) || (name == partial && count <= 1))
            {
                continue;
            }
            if (items.Count == MaxNames)
            {
                return true;
            }
            var papers = count == 1 ? "1 paper" : $"{count} papers";
            items.Add(new CompletionItem
            {
                Label = name,
                Kind = kind,
                Detail = count > 0 ? (detail is null ? papers : $"{detail} · {papers}") : detail,
                SortText = items.Count.ToString("D4", CultureInfo.InvariantCulture),
                FilterText = name,
                TextEdit = new TextEdit(range, name),
            });
        }
        return false;
    }

    private static bool Matches(string name, string partial) =>
        partial.Length == 0
        || name.StartsWith(partial, StringComparison.OrdinalIgnoreCase)
        || name.Contains(" " + partial, StringComparison.OrdinalIgnoreCase)
        || name.Contains("-" + partial, StringComparison.OrdinalIgnoreCase);

    /// <summary>Names the entry already has (not offered twice), except the one being typed.</summary>
    private static HashSet<string> Taken(EntryModel? entry, ListingSymbolKind kind, TextSpan typing) =>
        entry is null
            ? []
            : ListingSymbols.Parts(entry, kind).Where(p => !p.Span.OverlapsWith(typing) && p.Span.End != typing.End).Select(p => p.Value).ToHashSet(StringComparer.Ordinal);
}
