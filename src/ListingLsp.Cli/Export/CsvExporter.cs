namespace ListingLsp.Cli.Export;

/// <summary>RFC 4180 CSV: a header row, CRLF rows, fields quoted when they hold a comma, quote, line break or edge space.</summary>
internal sealed class CsvExporter : IExporter
{
    /// <summary>Joins authors and orgs inside one cell (names never contain it: the format separates them with commas).</summary>
    public const string ListSeparator = "; ";

    public void Write(TextWriter output, IReadOnlyList<ExportEntry> entries)
    {
        WriteRow(output, ["line", "category", "date", "code", "title", "authors", "etAl", "orgs", "abstract"]);
        foreach (var e in entries)
        {
            WriteRow(output,
            [
                e.Line.ToString(), e.Category ?? "", e.Date ?? "", Bool(e.Code), e.Title ?? "",
                string.Join(ListSeparator, e.Authors), Bool(e.EtAl), string.Join(ListSeparator, e.Orgs), e.Abstract ?? "",
            ]);
        }
    }

    private static string Bool(bool value) => value ? "true" : "false";

    private static void WriteRow(TextWriter output, string[] fields)
    {
        output.Write(string.Join(',', fields.Select(Quote)));
        output.Write("\r\n");
    }

    internal static string Quote(string field) =>
        field.AsSpan().IndexOfAny(",\"\r\n") >= 0 || (field.Length > 0 && (char.IsWhiteSpace(field[0]) || char.IsWhiteSpace(field[^1])))
            ? "\"" + field.Replace("\"", "\"\"") + "\""
            : field;
}
