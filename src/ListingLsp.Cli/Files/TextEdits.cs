using System.Collections.Immutable;
using System.Text;
using ListingLsp.Syntax.Text;

namespace ListingLsp.Cli.Files;

/// <summary>Applies analysis edits (UTF-16 offsets on the text as read) to a file's text.</summary>
internal static class TextEdits
{
    /// <summary>
    /// Applies non-overlapping edits. When <paramref name="lineBreak"/> is CRLF, bare LFs in the inserted
    /// text become CRLF so a CRLF file stays CRLF whatever break the engine wrote.
    /// </summary>
    public static string Apply(string text, ImmutableArray<TextChange> changes, string? lineBreak)
    {
        var builder = new StringBuilder(text.Length);
        var position = 0;
        foreach (var change in changes.OrderBy(c => c.Span.Start))
        {
            if (change.Span.Start < position || change.Span.End > text.Length)
            {
                throw new InvalidOperationException($"edit {change.Span} overlaps another edit or lies outside the text");
            }
            builder.Append(text, position, change.Span.Start - position);
            builder.Append(lineBreak == "\r\n" ? ToCrlf(change.NewText) : change.NewText);
            position = change.Span.End;
        }
        builder.Append(text, position, text.Length - position);
        return builder.ToString();
    }

    private static string ToCrlf(string text) =>
        text.Contains('\n') ? text.Replace("\r\n", "\n").Replace("\n", "\r\n") : text;
}
