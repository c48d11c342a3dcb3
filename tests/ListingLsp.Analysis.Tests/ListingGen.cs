using CsCheck;

namespace ListingLsp.Analysis.Tests;

/// <summary>Random listings built from well-formed, broken and odd lines, with mixed line ends.</summary>
internal static class ListingGen
{
    private static readonly string[] Lines =
    [
        "CLAug 8, 2025", "LGMar 24, 2023Code", "XQFeb 30, 2024", "CL2025-08-08", "CLCode", "Aug 8, 2025", "CVDec 1, 2030 draft",
        "A Study of ThingsAda Lovelace, Alan Turing · mit", "Noisy LabelsBo Li,Cy Wu et al · MIT, Google DeepMind",
        "Same TitleAda Lovelace, , Ada Lovelace - cmu", "lowercase byline without names", "Tight DotAda Lovelace·mit, mit",
        "An abstract with https://example.org/code.", "Just prose.   ", "", "   ", "## Section", "# a comment",
        "# listing-ignore LST004 LST999", "# listing-ignore-file LST031", "stray text", "A Study of thingsAda Lovelace et al. · ",
    ];

    private static readonly string[] Breaks = ["\n", "\r\n", "\n", "\n"];

    public static readonly Gen<string> Text =
        Gen.Select(Gen.OneOf(Lines), Gen.OneOf(Breaks), (line, br) => line + br)
            .Array[0, 30]
            .Select(Gen.Bool, (lines, finalBreak) =>
            {
                var text = string.Concat(lines);
                return finalBreak || text.Length == 0 ? text : text.TrimEnd('\r', '\n');
            });

    /// <summary>A small random edit somewhere in a text: insert, delete or replace a few characters.</summary>
    public static Gen<(int Start, int Length, string NewText)> Edit(int length) =>
        Gen.Int[0, length].SelectMany(start => Gen.Int[0, Math.Min(8, length - start)].SelectMany(len =>
            Gen.OneOf("", "a", "\n", ",", " ", "CL", "Aug 8, 2025\n", " · mit", "# listing-ignore LST013\n", "A Study of ThingsAda Lovelace")
                .Select(newText => (start, len, newText))));
}
