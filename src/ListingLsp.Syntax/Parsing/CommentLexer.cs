using static ListingLsp.Syntax.Parsing.LineText;

namespace ListingLsp.Syntax.Parsing;

/// <summary>Lines starting with <c>#</c> where a header is expected: section headings, directives, comments.</summary>
internal static class CommentLexer
{
    private static readonly string[] DirectiveKeywords = ["listing-ignore-file", "listing-ignore"];

    /// <summary>Pushes the line's tokens (without its break) and returns the item kind.</summary>
    public static SyntaxKind Lex(ReadOnlySpan<char> line, GreenBuilder builder)
    {
        if (line.Length > 2 && line[1] == '#' && IsSpaceOrTab(line[2]))
        {
            builder.Token(SyntaxKind.SectionText, line.Length);
            return SyntaxKind.SectionHeading;
        }
        var keyword = DirectiveKeywordLength(line);
        if (keyword == 0)
        {
            builder.Token(SyntaxKind.CommentText, line.Length);
            return SyntaxKind.Comment;
        }
        builder.Token(SyntaxKind.DirectiveKeyword, keyword);
        var pos = keyword;
        while (pos < line.Length)
        {
            var space = LeadingSpacesOrTabs(line[pos..]);
            builder.Token(SyntaxKind.Whitespace, space);
            pos += space;
            if (pos == line.Length)
            {
                break;
            }
            var code = line[pos..].IndexOfAny(' ', '\t');
            code = code < 0 ? line.Length - pos : code;
            builder.Token(SyntaxKind.DirectiveCode, code);
            pos += code;
        }
        return SyntaxKind.Directive;
    }

    /// <summary>Length of <c># listing-ignore</c> or <c># listing-ignore-file</c> (any spaces after <c>#</c>) when
    /// the keyword is a whole word; 0 otherwise.</summary>
    private static int DirectiveKeywordLength(ReadOnlySpan<char> line)
    {
        var pos = 1 + LeadingSpacesOrTabs(line[1..]);
        if (pos == 1)
        {
            return 0;
        }
        foreach (var keyword in DirectiveKeywords)
        {
            var end = pos + keyword.Length;
            if (line[pos..].StartsWith(keyword) && (end == line.Length || IsSpaceOrTab(line[end])))
            {
                return end;
            }
        }
        return 0;
    }
}
