namespace ListingLsp.Analysis;

/// <summary>Diagnostic messages: what is wrong, then what right looks like, in a curator's words.</summary>
internal static class Messages
{
    private const string DateExample = "\"Aug 8, 2025\"";

    public const string MissingDate = "missing date: write it as " + DateExample + " right after the category";

    public const string MissingCategory = "missing category: start the header with an arXiv subject class such as \"CL\", glued to the date (\"CLAug 8, 2025\")";

    public const string MissingByline = "entry has no byline: the line after the header holds the title glued to the first author, e.g. \"A Study of ThingsAda Lovelace, Alan Turing · mit\"";

    public const string MalformedByline = "cannot tell where the authors begin: glue the title directly to the first author's name (\"A Study of ThingsAda Lovelace\") and separate authors with \", \"";

    public const string EmptyAuthor = "empty author name: remove the extra comma (authors are separated by \", \")";

    public const string EmptyOrg = "empty org tag: remove the extra comma (org tags are separated by \", \")";

    public const string NoOrgAfterSeparator = "\" · \" with no org tag after it: add a tag such as \"mit\" or remove the separator";

    public const string MissingAbstract = "entry has no abstract: add one line of prose after the byline";

    public const string CodeWithoutUrl = "\"Code\" flag, but the abstract has no link: add the code's URL (https://...) to the abstract, or remove the flag";

    public static string DateForm(string written, string? right) => right is null
        ? $"date \"{written}\" is not in the listing form: write it as \"Mmm D, YYYY\" with an English three-letter month, e.g. {DateExample}"
        : $"date \"{written}\" is not in the listing form: write it as \"{right}\"";

    public static string NotACalendarDate(string written, string why) => $"\"{written}\" is not a calendar date: {why}";

    public static string FutureDate(string written, string today) =>
        $"date \"{written}\" is later than today ({today}): check the year, or allow future dates in the settings";

    public static string UnknownCategory(string written, IReadOnlyList<string> nearest) =>
        $"unknown category \"{written}\": use a two-letter arXiv subject class such as CL, LG or CV" +
        (nearest.Count == 0 ? "" : $" (did you mean {string.Join(" or ", nearest)}?)");

    public static string HeaderTrailingText(string written) =>
        $"unexpected text \"{written}\" after the date: a header ends with the date, or with \"Code\" glued to it";

    public static string EtAlForm(string written) => $"\"{written}\" should be written \" et al.\" (one space before, a period after, nothing else)";

    public static string OrgTagForm(string written, string? tag) => tag is null
        ? $"org tag \"{written}\" is not in tag form: use lowercase ASCII letters, digits and hyphens"
        : $"org tag \"{written}\" is not in tag form: write \"{tag}\" (lowercase ASCII letters, digits and hyphens)";

    public static string DuplicateAuthor(string name) => $"\"{name}\" is listed twice in this entry: remove the repeat";

    public static string DuplicateOrg(string tag) => $"org \"{tag}\" is listed twice in this entry: remove the repeat";

    public static string OrgSeparator(string written) =>
        $"org part introduced by \"{written.Trim()}\": write \" · \" (space, middle dot, space) before the org tags";

    public static string UnexpectedLine(string written) =>
        $"unexpected line \"{Shorten(written)}\": an entry starts with a header such as \"CLAug 8, 2025\"; a note needs \"#\" in front";

    public static string DuplicatePaper(string title, int otherLine) =>
        $"the same paper is already listed on line {otherLine + 1} (\"{Shorten(title)}\"): remove one copy";

    public const string DuplicatePaperRelated = "the other copy";

    public static string UnknownIgnoreCode(string written) =>
        $"unknown code \"{written}\" in the ignore directive: codes are LST001-LST040, e.g. LST004";

    private static string Shorten(string text) => text.Length <= 60 ? text : text[..57] + "...";
}
