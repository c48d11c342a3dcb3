using System.Collections.Frozen;

namespace ListingLsp.Analysis;

/// <summary>One diagnostic code: its default severity and a short name (for docs, hover and SARIF rules).</summary>
public sealed record DiagnosticDescriptor(string Code, DiagnosticSeverity DefaultSeverity, string Title)
{
    /// <summary>Index in <see cref="DiagnosticCodes.All"/>: the bit of the code in a code set.</summary>
    internal int Index { get; init; }
}

/// <summary>Every code the analysis reports; codes are stable (users suppress by them).</summary>
public static class DiagnosticCodes
{
    public const string MissingDate = "LST001";
    public const string DateForm = "LST002";
    public const string NotACalendarDate = "LST003";
    public const string FutureDate = "LST004";
    public const string UnknownCategory = "LST005";
    public const string MissingCategory = "LST006";
    public const string HeaderTrailingText = "LST007";
    public const string MissingByline = "LST010";
    public const string MalformedByline = "LST011";
    public const string EmptyAuthor = "LST012";
    public const string EtAlForm = "LST013";
    public const string OrgTagForm = "LST014";
    public const string DuplicateAuthor = "LST015";
    public const string DuplicateOrg = "LST016";
    public const string EmptyOrg = "LST017";
    public const string OrgSeparator = "LST018";
    public const string MissingAbstract = "LST020";
    public const string UnexpectedLine = "LST021";
    public const string DuplicatePaper = "LST030";
    public const string CodeWithoutUrl = "LST031";
    public const string UnknownIgnoreCode = "LST040";

    private static readonly DiagnosticDescriptor[] Table =
    [
        .. new (string Code, DiagnosticSeverity Severity, string Title)[]
        {
            (MissingDate, DiagnosticSeverity.Error, "header has no date"),
            (DateForm, DiagnosticSeverity.Error, "date not in Mmm D, YYYY form"),
            (NotACalendarDate, DiagnosticSeverity.Error, "not a calendar date"),
            (FutureDate, DiagnosticSeverity.Warning, "date later than today"),
            (UnknownCategory, DiagnosticSeverity.Warning, "unknown category"),
            (MissingCategory, DiagnosticSeverity.Error, "header has no category"),
            (HeaderTrailingText, DiagnosticSeverity.Error, "unexpected text after the date"),
            (MissingByline, DiagnosticSeverity.Error, "entry has no byline"),
            (MalformedByline, DiagnosticSeverity.Error, "no place where the authors begin"),
            (EmptyAuthor, DiagnosticSeverity.Error, "empty author name"),
            (EtAlForm, DiagnosticSeverity.Warning, "et al. written another way"),
            (OrgTagForm, DiagnosticSeverity.Warning, "org tag not in tag form"),
            (DuplicateAuthor, DiagnosticSeverity.Warning, "the same author twice in one entry"),
            (DuplicateOrg, DiagnosticSeverity.Warning, "the same org twice in one entry"),
            (EmptyOrg, DiagnosticSeverity.Error, "empty org tag"),
            (OrgSeparator, DiagnosticSeverity.Warning, "org part introduced by another separator"),
            (MissingAbstract, DiagnosticSeverity.Warning, "entry has no abstract"),
            (UnexpectedLine, DiagnosticSeverity.Error, "a line where an entry header was expected"),
            (DuplicatePaper, DiagnosticSeverity.Warning, "the same paper twice"),
            (CodeWithoutUrl, DiagnosticSeverity.Information, "Code flag but no URL in the abstract"),
            (UnknownIgnoreCode, DiagnosticSeverity.Warning, "unknown code in a listing-ignore directive"),
        }.Select((d, i) => new DiagnosticDescriptor(d.Code, d.Severity, d.Title) { Index = i }),
    ];

    private static readonly FrozenDictionary<string, DiagnosticDescriptor> ByCode =
        Table.ToFrozenDictionary(d => d.Code, StringComparer.OrdinalIgnoreCase);

    public static IReadOnlyList<DiagnosticDescriptor> All => Table;

    /// <summary>The descriptor of a code (case-insensitive, as directives are read), or null.</summary>
    public static DiagnosticDescriptor? Find(string code) => ByCode.GetValueOrDefault(code);

    internal static DiagnosticDescriptor Get(string code) => ByCode[code];

    internal static int Count => Table.Length;
}
