using System.Collections.Frozen;

namespace ListingLsp.Analysis;

/// <summary>The arXiv subject classes a header's category may name.</summary>
public static class Categories
{
    private static readonly (string Archive, string Table)[] Archives =
    [
        ("cs",
            "AI=Artificial Intelligence;AR=Hardware Architecture;CC=Computational Complexity;" +
            "CE=Computational Engineering, Finance, and Science;CG=Computational Geometry;CL=Computation and Language;" +
            "CR=Cryptography and Security;CV=Computer Vision and Pattern Recognition;CY=Computers and Society;" +
            "DB=Databases;DC=Distributed, Parallel, and Cluster Computing;DL=Digital Libraries;DM=Discrete Mathematics;" +
            "DS=Data Structures and Algorithms;ET=Emerging Technologies;FL=Formal Languages and Automata Theory;" +
            "GL=General Literature;GR=Graphics;GT=Computer Science and Game Theory;HC=Human-Computer Interaction;" +
            "IR=Information Retrieval;IT=Information Theory;LG=Machine Learning;LO=Logic in Computer Science;" +
            "MA=Multiagent Systems;MM=Multimedia;MS=Mathematical Software;NA=Numerical Analysis;" +
            "NE=Neural and Evolutionary Computing;NI=Networking and Internet Architecture;OH=Other Computer Science;" +
            "OS=Operating Systems;PF=Performance;PL=Programming Languages;RO=Robotics;SC=Symbolic Computation;" +
            "SD=Sound;SE=Software Engineering;SI=Social and Information Networks;SY=Systems and Control"),
        ("stat", "AP=Applications;CO=Computation;ME=Methodology;ML=Machine Learning (stat);OT=Other Statistics;TH=Statistics Theory"),
        ("eess", "AS=Audio and Speech Processing;IV=Image and Video Processing;SP=Signal Processing"),
        ("math", "OC=Optimization and Control;PR=Probability;ST=Statistics Theory (math)"),
        ("q-bio", "NC=Neurons and Cognition;QM=Quantitative Methods"),
    ];

    private static readonly CategoryInfo[] Table =
    [
        .. Archives.SelectMany(a => a.Table.Split(';').Select(row => new CategoryInfo(row[..2], row[3..], a.Archive))),
    ];

    private static readonly FrozenDictionary<string, CategoryInfo> ByCode = Table.ToFrozenDictionary(c => c.Code, StringComparer.Ordinal);

    public static IReadOnlyList<CategoryInfo> All => Table;

    public static CategoryInfo? Find(string code) => ByCode.GetValueOrDefault(code);

    /// <summary>The built-in table plus the user's extra codes (archive "custom").</summary>
    public static CategoryInfo? Find(string code, AnalysisOptions options) =>
        Find(code) ?? (options.ExtraCategories.TryGetValue(code, out var name) ? new CategoryInfo(code, name, "custom") : null);

    /// <summary>Known codes one edit or swap away from an unknown one: swapped letters first, then a shared first letter.</summary>
    public static IReadOnlyList<string> Nearest(string code, AnalysisOptions? options = null, int max = 5) =>
        options is null || options.ExtraCategories.IsEmpty
            ? NearestBuiltIn.GetOrAdd((code, max), key => Rank(key.Code, null, key.Max))
            : Rank(code, options, max);

    // Unknown codes in a file are few distinct strings, repeated on many entries.
    private static readonly System.Collections.Concurrent.ConcurrentDictionary<(string Code, int Max), IReadOnlyList<string>> NearestBuiltIn = new();

    private static List<string> Rank(string code, AnalysisOptions? options, int max)
    {
        var known = Table.Select(c => c.Code).Concat(options?.ExtraCategories.Keys ?? []);
        return known
            .Select(k => (Code: k, Distance: EditDistance.Between(code, k)))
            .Where(c => c.Distance == 1)
            .OrderBy(c => IsSwap(code, c.Code) ? 0 : 1)
            .ThenBy(c => SharedPrefix(code, c.Code) == 0 ? 1 : 0)
            .ThenBy(c => c.Code, StringComparer.Ordinal)
            .Take(max)
            .Select(c => c.Code)
            .ToList();
    }

    private static bool IsSwap(string a, string b) => a.Length == b.Length && a.Order().SequenceEqual(b.Order());

    private static int SharedPrefix(string a, string b)
    {
        var n = 0;
        while (n < a.Length && n < b.Length && a[n] == b[n])
        {
            n++;
        }
        return n;
    }
}
