using System.Text;
using System.Text.RegularExpressions;

namespace ListingLsp.Server.Cards;

/// <summary>Markdown building blocks for hover cards.</summary>
internal static partial class Markdown
{
    /// <summary>Text shown literally (a title such as <c>*NIX_tools [v2]</c> must not turn into markup).</summary>
    public static string Escape(string text)
    {
        var builder = new StringBuilder(text.Length + 8);
        foreach (var c in text)
        {
            if (c is '\\' or '`' or '*' or '_' or '[' or ']' or '<' or '>' or '#' or '|' or '~' or '$')
            {
                builder.Append('\\');
            }
            builder.Append(c);
        }
        return builder.ToString();
    }

    public static string Code(string text) => text.Contains('`') ? $"`` {text} ``" : $"`{text}`";

    /// <summary>Abstract prose with light LaTeX rendered: <c>\emph{x}</c> and <c>\textit{x}</c> as *x*, <c>\textbf{x}</c> as **x**, <c>$x$</c> as code.</summary>
    public static string RenderLatex(string text)
    {
        var builder = new StringBuilder(text.Length + 16);
        var last = 0;
        foreach (Match match in LatexPattern().Matches(text))
        {
            builder.Append(Escape(text[last..match.Index]));
            if (match.Groups["it"].Success)
            {
                builder.Append('*').Append(Escape(match.Groups["it"].Value)).Append('*');
            }
            else if (match.Groups["bf"].Success)
            {
                builder.Append("**").Append(Escape(match.Groups["bf"].Value)).Append("**");
            }
            else
            {
                builder.Append(Code(match.Groups["math"].Value));
            }
            last = match.Index + match.Length;
        }
        return builder.Append(Escape(text[last..])).ToString();
    }

    /// <summary>
    /// The first sentences of a paragraph, up to about <paramref name="budget"/> characters (at least one
    /// sentence, cut at a word with an ellipsis if even that is too long). A sentence ends at . ! or ?
    /// followed by white space and a capital, a digit or an opening bracket, outside $math$.
    /// </summary>
    public static string FirstSentences(string text, int budget)
    {
        var end = 0;
        foreach (Match match in SentenceEnd().Matches(text))
        {
            if (InsideMath(text, match.Index))
            {
                continue;
            }
            var candidate = match.Index + 1;
            if (end > 0 && candidate > budget)
            {
                break;
            }
            end = candidate;
            if (end >= budget)
            {
                break;
            }
        }
        if (end == 0)
        {
            end = text.Length;
        }
        if (end > budget * 2)
        {
            var cut = text.LastIndexOf(' ', budget);
            return text[..(cut > 0 ? cut : budget)] + " …";
        }
        return end < text.Length ? text[..end] + " …" : text;
    }

    private static bool InsideMath(string text, int index) => text.AsSpan(0, index).Count('$') % 2 == 1;

    [GeneratedRegex(@"\\(?:emph|textit)\{(?<it>[^{}]*)\}|\\textbf\{(?<bf>[^{}]*)\}|\$(?<math>[^$]+)\$")]
    private static partial Regex LatexPattern();

    [GeneratedRegex(@"[.!?](?=\s+[A-Z0-9(\[$\\])")]
    private static partial Regex SentenceEnd();
}
