using CsCheck;

namespace ListingLsp.Syntax.Tests;

/// <summary>CsCheck generators of listing text: well-formed entries, broken lines and raw noise.</summary>
internal static class ListingGen
{
    public static readonly Gen<string> LineBreak = Gen.OneOf("\n", "\n", "\n", "\r\n", "\r");

    public static readonly Gen<string> Header = Gen.OneOf(
        "CLAug 8, 2025", "MLMar 24, 2023Code", "LGSep 1, 2024", "CVDec 11, 2023Code", "XQFeb 30, 2024");

    public static readonly Gen<string> HeaderLike = Gen.OneOf(
        "CL", "CLCode", "XYZAug 8, 2025", "Aug 8, 2025", "CL2025-08-08", "CLAugust 8, 2025Code", "CLAug 8, 2025 x", "TODO");

    public static readonly Gen<string> Byline = Gen.OneOf(
        "Counting at ScaleAda Quist, Bo Renn et al. \u00B7 lab",
        "The River, Not the Sea: StreamsIda Moen, Per Dahl",
        "Scaling GPT-4Sam Ode \u00B7 mit, north-uni",
        "#1 Ideas for CountingUlf Berg",
        "all lowercase byline",
        "Title王小明, 李雷",
        "Title OneAda Quist, , Bo Renn et al",
        "Self-Training - A SurveyAda Quist - mit");

    public static readonly Gen<string> Abstract = Gen.OneOf(
        "We count pebbles with transformers and report results.",
        "Code at https://example.org/x and $L$ layers with \\emph{care}.",
        "Short.",
        "# looks like a comment but is an abstract");

    public static readonly Gen<string> OtherLine = Gen.OneOf(
        "", "  ", "\t", "# a comment", "## 2024", "# listing-ignore LST004", "# listing-ignore-file LST031 LSTX",
        "a stray line", "C", "\uFEFF");

    /// <summary>A complete entry, ending with a line break.</summary>
    public static readonly Gen<string> Entry =
        Gen.Select(Header, Byline, Abstract, LineBreak, (h, b, a, nl) => h + nl + b + nl + a + nl);

    public static readonly Gen<string> AnyLine = Gen.OneOf(Header, HeaderLike, Byline, Abstract, OtherLine);

    /// <summary>Noise chars: line breaks, surrogate halves, the BOM, and the format's punctuation.</summary>
    public static readonly Gen<char> NoiseChar = Gen.OneOf(
        Gen.Char["ACLMaug 8,2025Code"],
        Gen.Char["\r\n\t #\u00B7-|,.\uFEFF"],
        Gen.Char['\uD800', '\uDFFF'],
        Gen.Char);

    public static readonly Gen<string> Noise = Gen.String[NoiseChar, 0, 12];

    /// <summary>Lines of any kind joined by random breaks, complete entries mixed in.</summary>
    public static readonly Gen<string> Document =
        Gen.OneOf(Entry, Gen.Select(AnyLine, LineBreak, (l, nl) => l + nl), Noise).Array[0, 12]
            .Select(parts => string.Concat(parts));

    /// <summary>Text that an edit inserts: chars, breaks, whole lines, pasted entries, or nothing.</summary>
    public static readonly Gen<string> Insertion = Gen.OneOf(
        Gen.Const(""), Noise, LineBreak, Gen.Select(AnyLine, LineBreak, (l, nl) => l + nl), Entry, Entry.Array[2, 3].Select(e => string.Concat(e)));
}
