using static ListingLsp.Syntax.Parsing.LineText;

namespace ListingLsp.Syntax.Parsing;

/// <summary>
/// Tokenises a byline: Title AuthorList EtAl? OrgList? Whitespace?, or BylineText Whitespace? when no
/// glue point separates title and authors (LST011). Variants that analysis warns about (LST013,
/// LST014, LST017, LST018) are kept as the same tokens, written as they are.
/// </summary>
internal static class BylineLexer
{
    private const string OrgSeparator = " \u00B7 ";
    private const int MaxOrgTagLength = 40;
    private const int MaxOrgTagWords = 4;

    public static void Lex(ReadOnlySpan<char> line, GreenBuilder builder)
    {
        var end = TrimmedLength(line);
        var orgStart = FindOrgPart(line, end, out var separatorLength);
        var beforeOrg = orgStart >= 0 ? orgStart : end;
        var etAl = EtAlLength(line[..beforeOrg]);
        var authorsEnd = beforeOrg - etAl;
        var authorsStart = TitleSplitter.FindAuthorsStart(line[..authorsEnd]);
        if (authorsStart < 0)
        {
            builder.Token(SyntaxKind.BylineText, end);
            builder.OptionalToken(SyntaxKind.Whitespace, line.Length - end);
            return;
        }

        builder.Token(SyntaxKind.Title, authorsStart);
        var mark = builder.Count;
        SeparatedList(line[authorsStart..authorsEnd], SyntaxKind.AuthorName, builder);
        builder.Finish(SyntaxKind.AuthorList, mark);
        builder.OptionalToken(SyntaxKind.EtAl, etAl);
        if (orgStart >= 0)
        {
            // A " · " at the very end borrows its last space from the trailing white space.
            var tagsStart = orgStart + separatorLength;
            end = Math.Max(end, tagsStart);
            mark = builder.Count;
            builder.Token(SyntaxKind.OrgSeparator, separatorLength);
            SeparatedList(line[tagsStart..end], SyntaxKind.OrgTag, builder);
            builder.Finish(SyntaxKind.OrgList, mark);
        }
        builder.OptionalToken(SyntaxKind.Whitespace, line.Length - end);
    }

    /// <summary>
    /// Items separated by commas; a Comma token is the comma with the spaces after it, so
    /// <c>A, , B</c> and a trailing comma give zero-width items that analysis reports.
    /// </summary>
    private static void SeparatedList(ReadOnlySpan<char> text, SyntaxKind itemKind, GreenBuilder builder)
    {
        var pos = 0;
        while (true)
        {
            var comma = text[pos..].IndexOf(',');
            if (comma < 0)
            {
                builder.Token(itemKind, text.Length - pos);
                return;
            }
            builder.Token(itemKind, comma);
            pos += comma;
            var separator = 1 + LeadingSpacesOrTabs(text[(pos + 1)..]);
            builder.Token(SyntaxKind.Comma, separator);
            pos += separator;
        }
    }

    /// <summary>
    /// Start of the org part, or -1. The org part starts at the last <c>" · "</c>; without one, a variant
    /// separator (<c>" - "</c>, <c>" | "</c>, <c>" • "</c>, a <c>·</c> without its spaces) counts only
    /// when an org list follows it and the text before it still splits into title and authors, so a
    /// dash inside a title never cuts the byline.
    /// </summary>
    internal static int FindOrgPart(ReadOnlySpan<char> line, int end, out int separatorLength)
    {
        var standard = line.LastIndexOf(OrgSeparator);
        if (standard >= 0)
        {
            separatorLength = OrgSeparator.Length;
            return standard;
        }
        if (line[..end].EndsWith(OrgSeparator.AsSpan(0, 2)))
        {
            // " ·" closing the line: the separator with nothing after it (LST017).
            separatorLength = 2;
            return end - 2;
        }
        separatorLength = 0;
        int mark, start, tags;
        var searchEnd = end;
        while (true)
        {
            mark = line[..searchEnd].LastIndexOfAny("-|\u2022\u00B7");
            if (mark <= 0)
            {
                return -1;
            }
            start = mark;
            while (start > 0 && IsSpaceOrTab(line[start - 1]))
            {
                start--;
            }
            tags = mark + 1 + LeadingSpacesOrTabs(line[(mark + 1)..end]);
            // A hyphen without spaces belongs to a word (a tag such as eth-zurich): look further left.
            if (line[mark] != '-' || (start < mark && tags > mark + 1))
            {
                break;
            }
            searchEnd = mark;
        }
        if (start == 0 || tags >= end || !LooksLikeOrgList(line[tags..end]))
        {
            return -1;
        }
        var beforeOrg = line[..start];
        if (TitleSplitter.FindAuthorsStart(beforeOrg[..(start - EtAlLength(beforeOrg))]) < 0)
        {
            return -1;
        }
        separatorLength = tags - start;
        return start;
    }

    /// <summary>Short comma-separated names of a few words each (<c>mit</c>, <c>Google DeepMind, ETH</c>).</summary>
    private static bool LooksLikeOrgList(ReadOnlySpan<char> text)
    {
        foreach (var range in text.Split(','))
        {
            var tag = text[range].Trim(' ');
            if (tag.IsEmpty || tag.Length > MaxOrgTagLength || !char.IsLetterOrDigit(tag[0]) || tag.Count(' ') >= MaxOrgTagWords)
            {
                return false;
            }
            foreach (var c in tag)
            {
                if (!char.IsLetterOrDigit(c) && c is not (' ' or '-' or '&' or '.' or '\''))
                {
                    return false;
                }
            }
        }
        return true;
    }

    /// <summary>
    /// Length of a trailing truncation mark with its leading white space: <c>" et al."</c> and the
    /// variants <c>et al</c>, <c>et. al.</c>, <c>et al.,</c>, <c>Et al.</c> (any case), optionally after a
    /// comma (<c>", et al."</c>). 0 when there is none or nothing stands before it.
    /// </summary>
    internal static int EtAlLength(ReadOnlySpan<char> s)
    {
        var j = s.Length;
        if (j > 0 && s[j - 1] == ',')
        {
            j--;
        }
        if (j > 0 && s[j - 1] == '.')
        {
            j--;
        }
        if (j < 2 || (s[j - 1] | 0x20) != 'l' || (s[j - 2] | 0x20) != 'a')
        {
            return 0;
        }
        j -= 2;
        while (j > 0 && s[j - 1] is ' ' or '\t' or '.')
        {
            j--;
        }
        if (j < 2 || (s[j - 1] | 0x20) != 't' || (s[j - 2] | 0x20) != 'e')
        {
            return 0;
        }
        j -= 2;
        var start = j;
        while (start > 0 && IsSpaceOrTab(s[start - 1]))
        {
            start--;
        }
        if (start == j)
        {
            return 0;
        }
        if (start > 0 && s[start - 1] == ',')
        {
            start--;
        }
        return start == 0 ? 0 : s.Length - start;
    }
}
