using System.Globalization;
using System.Text;
using ListingLsp.Analysis;

namespace ListingLsp.Server.Cards;

/// <summary>The Markdown of the hover cards: paper, author, org, category, date.</summary>
internal static class HoverCards
{
    private const int AbstractBudget = 320;
    private const int ListedTitles = 5;

    public static string Paper(EntryModel entry)
    {
        var card = new StringBuilder();
        card.Append("**").Append(entry.Title?.Value is { Length: > 0 } title ? Markdown.RenderLatex(title) : "(no title)").Append("**\n\n");
        if (!entry.Authors.IsDefaultOrEmpty)
        {
            card.Append(string.Join(", ", entry.Authors.Select(a => Markdown.Escape(a.Value))));
            card.Append(entry.IsTruncated ? " *et al.*" : string.Empty).Append("\n\n");
        }
        if (!entry.Orgs.IsDefaultOrEmpty)
        {
            card.Append(string.Join(" · ", entry.Orgs.Select(o => Markdown.Code(o.Value)))).Append("\n\n");
        }
        var facts = new List<string>();
        if (entry.Date is DateOnly date)
        {
            facts.Add(LongDate(date));
        }
        else if (entry.DateText is { } written)
        {
            facts.Add(Markdown.Escape(written.Value));
        }
        if (entry.Category is { } category)
        {
            facts.Add(entry.CategoryInfo is { } info
                ? $"**{info.Code}** {Markdown.Escape(info.Name)}"
                : $"**{Markdown.Escape(category.Value)}** (unknown category)");
        }
        if (facts.Count > 0)
        {
            card.Append(string.Join(" · ", facts)).Append("\n\n");
        }
        if (!entry.Urls.IsDefaultOrEmpty)
        {
            card.Append("Code: ").Append(string.Join(" · ", entry.Urls.Select(u => Link(u.Value)))).Append("\n\n");
        }
        else if (entry.HasCode)
        {
            card.Append("Code: flagged, but the abstract has no link\n\n");
        }
        if (entry.Abstract?.Value is { Length: > 0 } summary)
        {
            card.Append("---\n\n").Append(Markdown.RenderLatex(Markdown.FirstSentences(summary, AbstractBudget))).Append('\n');
        }
        return card.ToString().TrimEnd('\n') + "\n";
    }

    /// <summary>An author's or org's papers: counts here and in the workspace, then the first few workspace titles.</summary>
    public static string Person(string heading, string? subtitle, int inDocument, IReadOnlyList<PaperRef> inWorkspace)
    {
        var card = new StringBuilder();
        card.Append("**").Append(Markdown.Escape(heading)).Append("**");
        if (subtitle is not null)
        {
            card.Append(" · ").Append(subtitle);
        }
        card.Append("\n\n")
            .Append(Papers(inDocument)).Append(" in this document, ")
            .Append(Papers(inWorkspace.Count)).Append(" in the workspace\n");
        var newestFirst = inWorkspace.OrderByDescending(p => p.Date ?? DateOnly.MinValue).ThenBy(p => p.Title, StringComparer.Ordinal).ToList();
        if (newestFirst.Count > 0)
        {
            card.Append('\n');
        }
        foreach (var paper in newestFirst.Take(ListedTitles))
        {
            card.Append("- ").Append(Markdown.Escape(paper.Title));
            var facts = string.Join(", ", new[] { paper.Category, paper.Date is DateOnly d ? ShortDate(d) : null }.OfType<string>());
            card.Append(facts.Length > 0 ? $" ({facts})" : string.Empty).Append('\n');
        }
        if (newestFirst.Count > ListedTitles)
        {
            card.Append("- and ").Append(newestFirst.Count - ListedTitles).Append(" more\n");
        }
        return card.ToString();
    }

    public static string Category(string code, CategoryInfo? info) =>
        info is null
            ? $"**{Markdown.Escape(code)}** · unknown category\n\nNot an arXiv subject class.\n"
            : $"**{info.Code}** · {Markdown.Escape(info.Name)}\n\narXiv archive `{info.Archive}` ([{info.Archive}.{info.Code}](https://arxiv.org/list/{info.Archive}.{info.Code}/recent))\n";

    public static string Date(string written, DateOnly? date) =>
        date is DateOnly d
            ? $"**{LongDate(d)}**\n\nISO 8601: `{d:yyyy-MM-dd}`\n"
            : $"**{Markdown.Escape(written)}** · not a calendar date in `Mmm D, YYYY` form\n";

    public static string LongDate(DateOnly date) => date.ToString("dddd, MMMM d, yyyy", CultureInfo.InvariantCulture);

    public static string ShortDate(DateOnly date) => date.ToString("MMM d, yyyy", CultureInfo.InvariantCulture);

    private static string Papers(int count) => count == 1 ? "1 paper" : $"{count} papers";

    private static string Link(string url)
    {
        var label = url.StartsWith("https://", StringComparison.Ordinal) ? url[8..] : url.StartsWith("http://", StringComparison.Ordinal) ? url[7..] : url;
        return $"[{Markdown.Escape(label)}]({url.Replace(")", "%29", StringComparison.Ordinal).Replace(" ", "%20", StringComparison.Ordinal)})";
    }
}
