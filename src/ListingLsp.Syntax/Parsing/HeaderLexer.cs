using static ListingLsp.Syntax.Parsing.LineText;

namespace ListingLsp.Syntax.Parsing;

/// <summary>
/// Recognises and tokenises entry header lines: <c>&lt;category&gt;&lt;date&gt;[Code]</c>. Works on
/// one line's content (no line break) and allocates nothing.
/// </summary>
internal static class HeaderLexer
{
    private const int MaxHeaderLikeLength = 40;
    private const int MaxCategoryLength = 5;
    private const string CodeFlag = "Code";

    /// <summary>
    /// The exact header form (<c>CLAug 8, 2025</c>, optional <c>Code</c>), trailing spaces allowed.
    /// The day is one or two digits without a leading zero; whether the date exists is analysis's call.
    /// This runs on every byline and abstract line, so the cheap rejections come first.
    /// </summary>
    public static bool IsValidHeader(ReadOnlySpan<char> line)
    {
        if (line.Length < 13 || !IsAsciiUpper(line[0]) || !IsAsciiUpper(line[1]))
        {
            return false;
        }
        var s = line[..TrimmedLength(line)];
        if (s.Length is < 13 or > 18 || !MonthNames.IsExactAbbreviation(s.Slice(2, 3)) || s[5] != ' ')
        {
            return false;
        }
        var day = LeadingDigits(s[6..]);
        if (day is < 1 or > 2 || s[6] == '0')
        {
            return false;
        }
        var rest = s[(6 + day)..];
        if (rest.Length < 6 || rest[0] != ',' || rest[1] != ' ' || LeadingDigits(rest[2..]) != 4)
        {
            return false;
        }
        rest = rest[6..];
        return rest.IsEmpty || rest.SequenceEqual(CodeFlag);
    }

    /// <summary>A line that starts an entry where a header is expected (the valid form, or close to it).</summary>
    public static bool IsHeaderLike(ReadOnlySpan<char> line)
    {
        var s = line[..TrimmedLength(line)];
        return s.Length <= MaxHeaderLikeLength && CategoryLength(s) >= 0;
    }

    /// <summary>
    /// Length of the category: the shortest run of 2-5 leading uppercase ASCII letters after which the
    /// line continues with a month name, a digit, <c>Code</c> or ends (<c>CLAug</c> -> 2, <c>XYZAug</c> -> 3,
    /// <c>CLCode</c> -> 2); 0 when the line starts with a month name, a space and a digit (no category);
    /// -1 when the line is not header-like. Shortest first, because the known codes have two letters.
    /// </summary>
    public static int CategoryLength(ReadOnlySpan<char> s)
    {
        var upper = 0;
        while (upper < s.Length && upper <= MaxCategoryLength && IsAsciiUpper(s[upper]))
        {
            upper++;
        }
        for (var k = 2; k <= Math.Min(upper, MaxCategoryLength); k++)
        {
            var rest = s[k..];
            if (rest.IsEmpty || IsAsciiDigit(rest[0]) || rest.StartsWith(CodeFlag) || MonthNames.LooseLength(rest) > 0)
            {
                return k;
            }
        }
        var month = MonthNames.LooseLength(s);
        return month > 0 && month + 1 < s.Length && s[month] == ' ' && IsAsciiDigit(s[month + 1]) ? 0 : -1;
    }

    /// <summary>Pushes Category? Date? CodeFlag? HeaderTrailingText? Whitespace? for a header line.</summary>
    public static void Lex(ReadOnlySpan<char> line, GreenBuilder builder)
    {
        var end = TrimmedLength(line);
        var s = line[..end];
        var pos = Math.Max(0, CategoryLength(s));
        builder.OptionalToken(SyntaxKind.Category, pos);
        var date = DateLength(s[pos..]);
        builder.OptionalToken(SyntaxKind.Date, date);
        pos += date;
        if (s[pos..].StartsWith(CodeFlag) && (pos + CodeFlag.Length == end || IsSpaceOrTab(s[pos + CodeFlag.Length])))
        {
            builder.Token(SyntaxKind.CodeFlag, CodeFlag.Length);
            pos += CodeFlag.Length;
        }
        builder.OptionalToken(SyntaxKind.HeaderTrailingText, end - pos);
        builder.OptionalToken(SyntaxKind.Whitespace, line.Length - end);
    }

    /// <summary>
    /// Extent of the date as written, valid or not, so analysis can report it whole: up to three parts
    /// (digit runs or month names in any spelling), each after a separator of an optional <c>, . / -</c>
    /// and optional spaces. A month name may touch a number directly (<c>Aug8</c>). Covers
    /// <c>Aug 8, 2025</c>, <c>August 8, 2025</c>, <c>Aug 8 2025</c>, <c>2025-08-08</c>, <c>8 Aug 2025</c>;
    /// a separator with no part after it stays outside (<c>Aug 8,</c> is date <c>Aug 8</c> + trailing <c>,</c>).
    /// </summary>
    public static int DateLength(ReadOnlySpan<char> s)
    {
        var end = 0;
        var previousWasNumber = false;
        for (var parts = 0; parts < 3; parts++)
        {
            var j = end;
            if (parts > 0)
            {
                if (j < s.Length && s[j] is ',' or '.' or '/' or '-')
                {
                    j++;
                }
                j += LeadingSpacesOrTabs(s[j..]);
            }
            var number = LeadingDigits(s[j..]);
            var length = number > 0 ? number : MonthNames.LooseLength(s[j..]);
            if (length == 0 || (parts > 0 && j == end && previousWasNumber == number > 0))
            {
                break;
            }
            previousWasNumber = number > 0;
            end = j + length;
        }
        return end;
    }
}
