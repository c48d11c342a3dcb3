using System.Text;

namespace ListingLsp.Cli.Export;

/// <summary>Text to LaTeX for BibTeX fields.</summary>
internal static class Latex
{
    /// <summary>Every character LaTeX treats specially, escaped: for titles, names and notes (plain text).</summary>
    public static string Escape(string text)
    {
        var builder = new StringBuilder(text.Length + 8);
        foreach (var c in text)
        {
            builder.Append(c switch
            {
                '\\' => @"\textbackslash{}",
                '{' => @"\{",
                '}' => @"\}",
                '$' => @"\$",
                '&' => @"\&",
                '%' => @"\%",
                '#' => @"\#",
                '_' => @"\_",
                '~' => @"\textasciitilde{}",
                '^' => @"\textasciicircum{}",
                _ => c.ToString(),
            });
        }
        return builder.ToString();
    }

    /// <summary>
    /// Abstracts may hold light LaTeX (<c>$L$</c>, <c>\emph{x}</c>), which is kept; only the characters that
    /// are never meant literally there are escaped (<c>&amp; % #</c>, and <c>_ ^</c> outside math). When the
    /// <c>$</c> or braces do not pair up, the text is not LaTeX after all and is escaped whole.
    /// </summary>
    public static string EscapeProse(string text)
    {
        if (text.Count(c => c == '$') % 2 != 0 || !BracesBalance(text))
        {
            return Escape(text);
        }
        var builder = new StringBuilder(text.Length + 8);
        var inMath = false;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            var escaped = i > 0 && text[i - 1] == '\\';
            if (c == '$' && !escaped)
            {
                inMath = !inMath;
            }
            var special = !escaped && (c is '&' or '%' or '#' || (!inMath && c is '_' or '^'));
            builder.Append(special ? (c == '^' ? @"\textasciicircum{}" : "\\" + c) : c.ToString());
        }
        return builder.ToString();
    }

    /// <summary>Title case survives bibliography styles that lowercase titles: each word with a capital is braced.</summary>
    public static string ProtectCapitals(string title) =>
        string.Join(' ', title.Split(' ').Select(word =>
        {
            var escaped = Escape(word);
            return word.Any(char.IsUpper) ? "{" + escaped + "}" : escaped;
        }));

    private static bool BracesBalance(string text)
    {
        var depth = 0;
        for (var i = 0; i < text.Length; i++)
        {
            if (i > 0 && text[i - 1] == '\\')
            {
                continue;
            }
            depth += text[i] == '{' ? 1 : text[i] == '}' ? -1 : 0;
            if (depth < 0)
            {
                return false;
            }
        }
        return depth == 0;
    }
}
