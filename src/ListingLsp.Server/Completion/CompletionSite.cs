using System.Text.RegularExpressions;
using ListingLsp.Analysis;
using ListingLsp.Syntax.Text;

namespace ListingLsp.Server.Completion;

internal enum CompletionSiteKind
{
    None,
    /// <summary>Where a header is expected (an empty line, or the first letters of a category).</summary>
    LineStart,
    /// <summary>After a complete category: a month name or a whole date.</summary>
    Date,
    /// <summary>After a complete date: the Code flag.</summary>
    CodeFlag,
    Author,
    Org,
}

/// <summary>What the caret is completing, and the partial word (<see cref="Replace"/>) that a choice replaces.</summary>
internal sealed partial record CompletionSite(CompletionSiteKind Kind, TextSpan Replace, EntryModel? Entry)
{
    private static readonly CompletionSite Nothing = new(CompletionSiteKind.None, default, null);

    public static CompletionSite Find(ListingDocument document, int offset)
    {
        var text = document.Text;
        var line = text.GetLineIndex(offset);
        var lineStart = text.GetLineStart(line);
        var before = text.ToString(lineStart, offset - lineStart);
        var entry = document.EntryAt(offset);
        if (entry is null || entry.Line == line)
        {
            return InHeader(before, lineStart, offset, entry);
        }
        if (entry.Line + 1 == line)
        {
            return InByline(before, lineStart, offset, entry);
        }
        return Nothing;
    }

    private static CompletionSite InHeader(string before, int lineStart, int offset, EntryModel? entry)
    {
        if (CategoryPrefix().IsMatch(before))
        {
            return new(CompletionSiteKind.LineStart, TextSpan.FromBounds(lineStart, offset), entry);
        }
        if (MonthPrefix().Match(before) is { Success: true } month)
        {
            return new(CompletionSiteKind.Date, TextSpan.FromBounds(lineStart + month.Groups["partial"].Index, offset), entry);
        }
        if (CodePrefix().Match(before) is { Success: true } code)
        {
            return new(CompletionSiteKind.CodeFlag, TextSpan.FromBounds(lineStart + code.Groups["partial"].Index, offset), entry);
        }
        return Nothing;
    }

    private static CompletionSite InByline(string before, int lineStart, int offset, EntryModel entry)
    {
        var orgSeparator = before.LastIndexOf(" · ", StringComparison.Ordinal);
        var comma = before.LastIndexOf(", ", StringComparison.Ordinal);
        if (orgSeparator >= 0)
        {
            var partialStart = Math.Max(orgSeparator + 3, comma >= orgSeparator ? comma + 2 : 0);
            return new(CompletionSiteKind.Org, TextSpan.FromBounds(lineStart + partialStart, offset), entry);
        }
        // Authors: after ", " once the author list has begun (the title may hold ", " itself).
        var authorsStart = entry.Authors.IsDefaultOrEmpty ? int.MaxValue : entry.Authors[0].Span.Start;
        if (comma >= 0 && lineStart + comma + 2 > authorsStart)
        {
            return new(CompletionSiteKind.Author, TextSpan.FromBounds(lineStart + comma + 2, offset), entry);
        }
        if (authorsStart <= offset && offset <= entry.Authors[0].Span.End)
        {
            return new(CompletionSiteKind.Author, TextSpan.FromBounds(authorsStart, offset), entry);
        }
        return Nothing;
    }

    [GeneratedRegex("^[A-Z]{0,2}$")]
    private static partial Regex CategoryPrefix();

    [GeneratedRegex("^[A-Z]{2}(?<partial>[A-Za-z]{0,3})$")]
    private static partial Regex MonthPrefix();

    [GeneratedRegex(@"^[A-Z]{2}[A-Z][a-z]{2} \d{1,2}, \d{4}(?<partial>[A-Za-z]{0,4})$")]
    private static partial Regex CodePrefix();
}
