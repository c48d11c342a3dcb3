namespace ListingLsp.Analysis.Editing;

/// <summary>
/// What a semantic token is in a listing. Each value maps onto a standard LSP token type (see
/// <see cref="SemanticTokenLegend"/>) so every theme colours it without extension-specific scopes.
/// </summary>
public enum ListingTokenKind
{
    Category,
    Date,
    CodeFlag,
    Title,
    Author,
    EtAl,
    OrgSeparator,
    OrgTag,
    Url,
    Comment,
    SectionHeading,
    DirectiveKeyword,
    DirectiveCode,
}

/// <summary>Standard LSP modifiers used by listing tokens (bit i is <see cref="SemanticTokenLegend.Modifiers"/>[i]).</summary>
[Flags]
public enum ListingTokenModifiers
{
    None = 0,
    /// <summary>A title or section heading: where an entry or section is named.</summary>
    Declaration = 1,
    /// <summary>A category from the arXiv table or the user's extra categories.</summary>
    DefaultLibrary = 2,
}

/// <summary>
/// The legend the server announces. Several kinds share a standard type (the <c>Code</c> flag and
/// <c>et al.</c> are both keywords); <see cref="TypeIndex"/> maps a kind to its index in <see cref="TokenTypes"/>.
/// </summary>
public static class SemanticTokenLegend
{
    public static IReadOnlyList<string> TokenTypes { get; } =
        ["type", "number", "keyword", "function", "variable", "operator", "enumMember", "string", "comment", "namespace", "macro", "parameter"];

    public static IReadOnlyList<string> Modifiers { get; } = ["declaration", "defaultLibrary"];

    public static string TypeOf(ListingTokenKind kind) => kind switch
    {
        ListingTokenKind.Category => "type",
        ListingTokenKind.Date => "number",
        ListingTokenKind.CodeFlag or ListingTokenKind.EtAl => "keyword",
        ListingTokenKind.Title => "function",
        ListingTokenKind.Author => "variable",
        ListingTokenKind.OrgSeparator => "operator",
        ListingTokenKind.OrgTag => "enumMember",
        ListingTokenKind.Url => "string",
        ListingTokenKind.Comment => "comment",
        ListingTokenKind.SectionHeading => "namespace",
        ListingTokenKind.DirectiveKeyword => "macro",
        ListingTokenKind.DirectiveCode => "parameter",
        _ => throw new ArgumentOutOfRangeException(nameof(kind)),
    };

    public static int TypeIndex(ListingTokenKind kind) => TypeIndices[(int)kind];

    private static readonly int[] TypeIndices =
        [.. Enum.GetValues<ListingTokenKind>().Select(k => TokenTypes.ToList().IndexOf(TypeOf(k)))];
}
