using System.Text;

namespace ListingLsp.Cli.Export;

/// <summary>One <c>@article</c> per entry with the fields a LaTeX user expects; values are LaTeX-escaped.</summary>
internal sealed class BibtexExporter : IExporter
{
    private static readonly string[] MonthMacros = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"];

    public void Write(TextWriter output, IReadOnlyList<ExportEntry> entries)
    {
        var keys = BibtexKeys.Create(entries);
        for (var i = 0; i < entries.Count; i++)
        {
            if (i > 0)
            {
                output.Write('\n');
            }
            output.Write(Entry(keys[i], entries[i]));
        }
    }

    private static string Entry(string key, ExportEntry e)
    {
        var fields = new List<(string Name, string Value)>();
        if (e.Title is not null)
        {
            fields.Add(("title", Braced(Latex.ProtectCapitals(e.Title))));
        }
        if (e.Authors.Count > 0)
        {
            var names = e.Authors.Select(Name).ToList();
            if (e.EtAl)
            {
                names.Add("others");
            }
            fields.Add(("author", Braced(string.Join(" and ", names))));
        }
        if (e.Day is { } day)
        {
            fields.Add(("year", Braced(day.Year.ToString())));
            // The standard month macros, so styles print the month in their own language and form.
            fields.Add(("month", MonthMacros[day.Month - 1]));
        }
        var url = e.Urls.Count > 0 ? e.Urls[0] : null;
        if (url is not null)
        {
            // url fields are read verbatim by the url and hyperref packages: no escaping.
            fields.Add(("url", Braced(url)));
        }
        if (e.Abstract is not null)
        {
            fields.Add(("abstract", Braced(Latex.EscapeProse(e.Abstract))));
        }
        if (e.Category is not null)
        {
            fields.Add(("keywords", Braced(Latex.Escape(e.Category))));
        }
        if (e.Code)
        {
            fields.Add(("note", Braced(url is null ? "Code available" : $@"Code available at \url{{{url}}}")));
        }

        var builder = new StringBuilder();
        builder.Append("@article{").Append(key).Append(",\n");
        foreach (var (name, value) in fields)
        {
            builder.Append("  ").Append(name).Append(" = ").Append(value).Append(",\n");
        }
        builder.Append("}\n");
        return builder.ToString();
    }

    /// <summary>A name holding the word "and" would be split by BibTeX into two people: brace it whole.</summary>
    private static string Name(string author)
    {
        var escaped = Latex.Escape(author);
        return author.Split(' ').Any(w => w.Equals("and", StringComparison.OrdinalIgnoreCase)) ? "{" + escaped + "}" : escaped;
    }

    private static string Braced(string value) => "{" + value + "}";
}
