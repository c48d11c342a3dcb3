using System.Text;

namespace ListingLsp.Cli.Export;

/// <summary>
/// Citation keys: first author's surname + year + first title word, lowercase ASCII (<c>park2023trak</c>).
/// Keys that collide all get a, b, c... in document order, so one paper's key does not depend on which copy came first.
/// </summary>
internal static class BibtexKeys
{
    private static readonly HashSet<string> NameSuffixes = new(StringComparer.OrdinalIgnoreCase) { "jr", "jr.", "sr", "sr.", "ii", "iii", "iv" };
    private static readonly HashSet<string> Articles = new(StringComparer.OrdinalIgnoreCase) { "a", "an", "the" };

    public static IReadOnlyList<string> Create(IReadOnlyList<ExportEntry> entries)
    {
        var bases = entries.Select(Base).ToList();
        var counts = bases.GroupBy(k => k, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.Count(), StringComparer.Ordinal);
        var used = new HashSet<string>(bases.Where(b => counts[b] == 1), StringComparer.Ordinal);
        var keys = new List<string>(bases.Count);
        foreach (var key in bases)
        {
            if (counts[key] == 1)
            {
                keys.Add(key);
                continue;
            }
            var suffix = 0;
            string candidate;
            do
            {
                candidate = key + Suffix(suffix++);
            }
            while (!used.Add(candidate));
            keys.Add(candidate);
        }
        return keys;
    }

    internal static string Base(ExportEntry entry)
    {
        var surname = entry.Authors.Count > 0 ? Surname(entry.Authors[0]) : "";
        var word = (entry.Title ?? "").Split(' ', StringSplitOptions.RemoveEmptyEntries)
            .Where(w => !Articles.Contains(w))
            .Select(Ascii)
            .FirstOrDefault(w => w.Length > 0) ?? "";
        return (surname.Length > 0 ? surname : "anon") + (entry.Day?.Year.ToString() ?? "") + word;
    }

    private static string Surname(string name)
    {
        var parts = name.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var last = parts.LastOrDefault(p => !NameSuffixes.Contains(p)) ?? "";
        return Ascii(last);
    }

    /// <summary>Lowercase ASCII letters and digits; accents are dropped (<c>Müller</c> -> <c>muller</c>), other characters removed.</summary>
    internal static string Ascii(string text)
    {
        var builder = new StringBuilder();
        foreach (var c in text.Normalize(NormalizationForm.FormD))
        {
            // Decomposition splits accented letters into the ASCII letter and a mark, which is dropped here.
            if (char.IsAsciiLetterOrDigit(c))
            {
                builder.Append(char.ToLowerInvariant(c));
            }
        }
        return builder.ToString();
    }

    /// <summary>a..z, then aa, ab... for the rare listing with more than 26 copies of one key.</summary>
    private static string Suffix(int index) =>
        index < 26 ? ((char)('a' + index)).ToString() : Suffix(index / 26 - 1) + Suffix(index % 26);
}
