using System.Text;

namespace ListingLsp.Benchmarks.Generation;

/// <summary>
/// Writes realistic listings deterministically (fixed seed): about 1.4 KB per entry, a header,
/// a byline of a 6-14 word title and 2-8 authors in many scripts, an abstract of ~1.2 KB prose with
/// occasional URLs and light LaTeX; sections every few hundred entries, blank lines between entries,
/// and 1% of entries carrying one defect, spread over every SPEC diagnostic code.
/// </summary>
internal sealed class ListingGenerator
{
    public const int DefaultSeed = 20_251_127;
    private const double DefectRate = 0.01;

    private static readonly string[] Months = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];

    // Weighted towards the categories ML listings use most.
    private static readonly string[] CategoryPool =
    [
        "CL", "CL", "CL", "LG", "LG", "LG", "LG", "CV", "CV", "CV", "AI", "AI", "ML", "ML", "RO", "CR", "IR", "SE",
        "DC", "HC", "NE", "SD", "MA", "DS", "IT", "GT", "SI", "DB", "PL", "OC", "AS", "IV", "NC", "ST", "CY",
    ];

    private static readonly string[] MalformedDates = ["2024-03-07", "March 7, 2024", "Mar 07, 2024", "Mar 7 2024", "Sept 7, 2024", "7 Mar 2024"];
    private static readonly string[] ImpossibleDates = ["Feb 30, 2024", "Apr 31, 2023", "Aug 32, 2025", "Feb 29, 2023"];
    private static readonly string[] UnknownCategories = ["XQ", "ZZ", "CSE"];
    private static readonly string[] EtAlVariants = [" et al", " et. al.", " et al.,", " Et al."];
    private static readonly string[] UntaggedOrgs = ["MIT", "Google DeepMind", "ETH Zurich"];
    private static readonly string[] WrongSeparators = [" - ", " | ", "·", " • "];
    private static readonly string[] Comments =
    [
        "# picked for the reading group", "# ask the authors for the appendix", "# TODO: check the camera-ready version",
        "# cited in chapter 3",
    ];

    private readonly Random random;
    private readonly StringBuilder text;
    private readonly List<EntrySite> clean;
    private readonly (string Title, int HeaderLine)[] recentTitles = new (string, int)[64];
    private readonly HashSet<int> copiedTitleLines = [];
    private int titleCount;
    private int line;
    private int defectTurn;
    private int defects;

    private ListingGenerator(int seed, int entries)
    {
        random = new Random(seed);
        text = new StringBuilder(entries * 1_450);
        clean = new List<EntrySite>(entries);
    }

    public static GeneratedListing Generate(int entries, int seed = DefaultSeed)
    {
        var generator = new ListingGenerator(seed, entries);
        generator.WriteListing(entries);
        // An entry whose title was copied by a later one gets LST030 too: it is no longer clean.
        var clean = generator.clean.Where(site => !generator.copiedTitleLines.Contains(site.HeaderLine)).ToList();
        return new GeneratedListing(generator.text.ToString(), entries, generator.defects, clean);
    }

    private void WriteListing(int entries)
    {
        var nextSection = 0;
        for (var i = 0; i < entries; i++)
        {
            if (i > 0)
            {
                AppendLine("");
            }
            if (i == nextSection)
            {
                var topic = Vocabulary.Sections[random.Next(Vocabulary.Sections.Length)];
                AppendLine($"## {topic}, {2015 + random.Next(11)}");
                AppendLine("");
                nextSection += random.Next(200, 600);
            }
            if (random.Next(400) == 0)
            {
                AppendLine(Pick(Comments));
            }
            var defect = random.NextDouble() < DefectRate ? NextDefect() : Defect.None;
            WriteEntry(defect);
        }
    }

    private Defect NextDefect()
    {
        defects++;
        var kinds = Enum.GetValues<Defect>().Length - 1;
        return (Defect)(1 + (defectTurn++ % kinds));
    }

    private void WriteEntry(Defect defect)
    {
        if (defect == Defect.UnknownIgnoreCode)
        {
            AppendLine("# listing-ignore LST031 LST999");
        }
        else if (defect == Defect.StrayLine)
        {
            AppendLine("see also the extended version of the paper below");
        }

        var headerLine = line;
        var code = random.Next(100) < 35 || defect == Defect.CodeWithoutUrl;
        AppendLine(Header(defect, code));
        if (defect == Defect.MissingByline)
        {
            return;
        }

        var (byline, hasOrgs) = Byline(defect, headerLine);
        AppendLine(byline);
        if (defect == Defect.MissingAbstract)
        {
            return;
        }

        var abstractOffset = text.Length;
        WriteAbstract(withCodeUrl: code && defect != Defect.CodeWithoutUrl);
        AppendLine("");
        if (defect == Defect.None)
        {
            clean.Add(new EntrySite(headerLine, abstractOffset, byline.Length, hasOrgs));
        }
    }

    private string Header(Defect defect, bool code)
    {
        var category = Pick(CategoryPool);
        var date = $"{Months[random.Next(12)]} {random.Next(1, 29)}, {random.Next(2015, 2026)}";
        var flag = code ? "Code" : "";
        return defect switch
        {
            Defect.MissingDate => category + flag,
            Defect.MalformedDate => category + Pick(MalformedDates) + flag,
            Defect.ImpossibleDate => category + Pick(ImpossibleDates) + flag,
            Defect.FutureDate => $"{category}Mar 3, 2031{flag}",
            Defect.UnknownCategory => Pick(UnknownCategories) + date + flag,
            Defect.MissingCategory => date + flag,
            Defect.TextAfterHeader => $"{category}{date}Code v2",
            _ => category + date + flag,
        };
    }

    private (string Byline, bool HasOrgs) Byline(Defect defect, int headerLine)
    {
        if (defect == Defect.NoAuthorStart)
        {
            // All lower case and Latin only: no place where a name could begin.
            return (Title().ToLowerInvariant() + "jan kowalski, ana pereira", false);
        }

        string title;
        if (defect == Defect.DuplicateTitle && titleCount > 0)
        {
            var original = recentTitles[random.Next(Math.Min(titleCount, recentTitles.Length))];
            copiedTitleLines.Add(original.HeaderLine);
            title = original.Title;
        }
        else
        {
            title = Title();
        }
        if (defect == Defect.None)
        {
            recentTitles[titleCount++ % recentTitles.Length] = (title, headerLine);
        }

        var authors = Distinct(random.Next(2, 9), () => Names.Person(random));
        if (defect == Defect.RepeatedAuthor)
        {
            authors[^1] = authors[0];
        }
        var byline = new StringBuilder(title).AppendJoin(", ", authors);
        if (defect == Defect.EmptyAuthor)
        {
            byline.Clear().Append(title).Append(authors[0]).Append(", , ").AppendJoin(", ", authors.Skip(1));
        }

        if (defect == Defect.EtAlVariant)
        {
            byline.Append(Pick(EtAlVariants));
        }
        else if (random.Next(100) < 30)
        {
            byline.Append(" et al.");
        }

        var orgCount = random.Next(100) switch { < 25 => 0, < 70 => 1, < 90 => 2, _ => 3 };
        if (defect is Defect.OrgNotTagForm or Defect.RepeatedOrg or Defect.EmptyOrg or Defect.WrongOrgSeparator)
        {
            orgCount = Math.Max(orgCount, 2);
        }
        if (orgCount == 0)
        {
            return (byline.ToString(), false);
        }

        var orgs = Distinct(orgCount, () => Pick(Names.Orgs));
        switch (defect)
        {
            case Defect.OrgNotTagForm:
                orgs[^1] = Pick(UntaggedOrgs);
                break;
            case Defect.RepeatedOrg:
                orgs[^1] = orgs[0];
                break;
            case Defect.EmptyOrg:
                orgs[0] = "";
                break;
        }
        byline.Append(defect == Defect.WrongOrgSeparator ? Pick(WrongSeparators) : " · ").AppendJoin(", ", orgs);
        return (byline.ToString(), defect is not (Defect.EmptyOrg or Defect.WrongOrgSeparator));
    }

    private string Title()
    {
        var target = random.Next(6, 15);
        var words = new List<string>(target + 2);
        switch (random.Next(12))
        {
            case 0 or 1 or 2:
                words.Add(Pick(Vocabulary.MethodNames) + ":");
                break;
            case 3 or 4:
                words.AddRange(Pick(Vocabulary.Openers).Split(' '));
                break;
            case 5:
                // Titles may hold ", " themselves; the split rule scans from the right.
                words.AddRange([Pick(Vocabulary.Adjectives) + ",", Pick(Vocabulary.Adjectives) + ",", "and", Pick(Vocabulary.Adjectives)]);
                break;
        }
        // Noun phrases of one to three words joined by connectors: "Sparse Retrieval for Robust Agents".
        var phraseWords = 0;
        while (words.Count < target - 1)
        {
            if (words.Count < target - 2 && (phraseWords >= 3 || (phraseWords >= 1 && random.Next(2) == 0)))
            {
                words.Add(Pick(Vocabulary.Nouns));
                words.Add(Pick(Vocabulary.Connectors));
                phraseWords = 0;
                continue;
            }
            words.Add(Pick(Vocabulary.Adjectives));
            phraseWords++;
        }
        words.Add(Pick(Vocabulary.Nouns));
        if (random.Next(15) == 0)
        {
            words.Add(Pick(Vocabulary.Acronyms));
        }
        else if (random.Next(30) == 0)
        {
            words[^1] += "?";
        }
        return string.Join(' ', words);
    }

    private void WriteAbstract(bool withCodeUrl)
    {
        var start = text.Length;
        var method = Pick(Vocabulary.MethodNames);
        var adjective = Pick(Vocabulary.Adjectives).ToLowerInvariant();
        text.Append($"We {Pick(Vocabulary.Verbs)} {method}, {Article(adjective)} {adjective} approach to {Noun()} {Pick(Vocabulary.Connectors)} {Noun()}.");

        var length = 1_080 + random.Next(200);
        while (text.Length - start < length)
        {
            text.Append(' ');
            switch (random.Next(6))
            {
                case 0:
                    text.Append($"In practice, {Pick(Vocabulary.Subjects)} {Pick(Vocabulary.Problems)}.");
                    break;
                case 1:
                    text.Append($"Our method {Pick(Vocabulary.Findings)} on {Pick(Vocabulary.Benchmarks)}.");
                    break;
                case 2:
                    var emphasis = Pick(Vocabulary.Emphasis);
                    text.Append($"We show that {Article(emphasis)} \\emph{{{emphasis}}} variant of the {Noun()} attains {Pick(Vocabulary.Math)} error at {Pick(Vocabulary.Math)} cost.");
                    break;
                case 3:
                    text.Append($"Across {random.Next(3, 40)} tasks, the {Pick(Vocabulary.Adjectives).ToLowerInvariant()} {Noun()} {Pick(Vocabulary.Findings)}.");
                    break;
                case 4:
                    text.Append($"This suggests that {Noun()} and {Noun()} should be studied together, since {Pick(Vocabulary.Subjects)} {Pick(Vocabulary.Problems)}.");
                    break;
                default:
                    text.Append($"Unlike {Pick(Vocabulary.Subjects)}, our analysis of {Noun()} needs no {Pick(Vocabulary.Adjectives).ToLowerInvariant()} {Noun()}.");
                    break;
            }
        }

        var slug = method.ToLowerInvariant().Replace(":", "", StringComparison.Ordinal);
        if (withCodeUrl)
        {
            text.Append($" Code is available at https://github.com/{Pick(Names.Orgs)}/{slug}.");
        }
        else if (random.Next(10) == 0)
        {
            text.Append($" Project page: https://{Pick(Names.Orgs)}.example.org/{slug}/.");
        }
    }

    private static string Article(string word) => "aeiou".Contains(word[0], StringComparison.Ordinal) ? "an" : "a";

    private string Noun() => Pick(Vocabulary.Nouns).ToLowerInvariant();

    private string Pick(string[] items) => items[random.Next(items.Length)];

    private List<string> Distinct(int count, Func<string> next)
    {
        var items = new List<string>(count);
        while (items.Count < count)
        {
            var item = next();
            if (!items.Contains(item))
            {
                items.Add(item);
            }
        }
        return items;
    }

    private void AppendLine(string value)
    {
        text.Append(value).Append('\n');
        line++;
    }
}
