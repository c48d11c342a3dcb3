using CsCheck;

namespace ListingLsp.Analysis.Tests.Editing;

/// <summary>
/// Random listings for property tests: entries (some broken), comments right above entries,
/// directives, headings, blank and skipped lines, mixed LF/CRLF, with or without a final line break.
/// Every entry's title is "Paper N ..." with a unique N so tests can follow an entry around.
/// </summary>
internal static class ListingGen
{
    private static readonly Gen<string> Category = Gen.OneOf("CL", "LG", "CV", "ML", "XX");
    private static readonly Gen<string> Month = Gen.OneOf("Jan", "Feb", "Mar", "Aug", "Dec");
    private static readonly Gen<string> Author = Gen.OneOf("Ann Lee", "Bo Li", "Cy Ng", "Dee Roy", "Eli Moss");
    private static readonly Gen<string> Org = Gen.OneOf("mit", "kth", "MIT", "Google DeepMind", "eth-zurich");

    /// <summary>The date as written: mostly valid, sometimes missing, misspelt or impossible.</summary>
    private static readonly Gen<string> Date = Gen.Frequency(
        (6, Gen.Select(Month, Gen.Int[1, 28], Gen.Int[2018, 2024], (m, d, y) => $"{m} {d}, {y}")),
        (1, Gen.OneOf("", "Feb 30, 2024", "Aug 08, 2021", "2021-03-04", "Sept 3, 2020")));

    private static readonly Gen<string> Byline = Gen.Select(Author.Array[1, 3], Gen.OneOf("", "", " et al.", " et al"), Org.Array[0, 2], Gen.OneOf(" · ", " - ", " · "),
        (authors, etAl, orgs, separator) =>
            string.Join(", ", authors) + etAl + (orgs.Length > 0 ? separator + string.Join(", ", orgs) : ""));

    private static readonly Gen<Func<int, string[]>> Entry = Gen.Select(Category, Date, Gen.Bool, Byline, Gen.Int[0, 9],
        (category, date, code, byline, shape) => (Func<int, string[]>)(n =>
        {
            var header = category + date + (code ? "Code" : "");
            var title = $"Paper {n} on Things";
            return shape switch
            {
                0 => [header],                                   // header only
                1 => [header, title + byline],                   // no abstract
                2 => ["# note for Paper " + n, header, title + byline, "Abstract."],
                3 => ["# listing-ignore LST031", "# note for Paper " + n, header, title + byline, "See https://github.com/x/y."],
                _ => [header, title + byline, $"Abstract of paper {n}."],
            };
        }));

    private static readonly Gen<Func<int, string[]>> Other = Gen.OneOf<Func<int, string[]>>(
        _ => [""], _ => [""], _ => ["## Section"], _ => ["# a comment that stands apart", ""], _ => ["not a header line"]);

    /// <summary>A listing; its titled entries are numbered from 0.</summary>
    public static readonly Gen<string> Listing = Gen.Select(
        Gen.Frequency((3, Entry), (1, Other)).Array[0, 14], Gen.Bool, Gen.Bool,
        (parts, crlf, finalBreak) =>
        {
            var lines = new List<string>();
            var n = 0;
            foreach (var part in parts)
            {
                var produced = part(n);
                if (produced.Any(l => l.StartsWith($"Paper {n} ", StringComparison.Ordinal)))
                {
                    n++;
                }
                lines.AddRange(produced);
            }
            var lineBreak = crlf ? "\r\n" : "\n";
            var text = string.Join(lineBreak, lines);
            return finalBreak && lines.Count > 0 ? text + lineBreak : text;
        });
}
