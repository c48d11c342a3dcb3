using System.Collections.Immutable;
using ListingLsp.Syntax;
using ListingLsp.Syntax.Text;

namespace ListingLsp.Analysis.Editing;

/// <summary>
/// Expand-selection steps at a caret, innermost first, each strictly containing the one before:
/// token (a URL inside an abstract) -> field (the author or org list) -> line -> entry -> section -> file.
/// Line breaks and trailing white space are left out, so a step selects what a user sees.
/// </summary>
public static class SelectionRanges
{
    public static ImmutableArray<TextSpan> Compute(ListingDocument document, int offset)
    {
        var text = document.Text;
        var steps = ImmutableArray.CreateBuilder<TextSpan>();
        var token = ContentTokenAt(document.Syntax, offset);
        if (token is not null)
        {
            if (token.Kind == SyntaxKind.AbstractText && document.EntryAt(offset) is { } entry)
            {
                foreach (var url in entry.Urls.Where(u => u.Span.Touches(offset)).Take(1))
                {
                    Add(url.Span);
                }
            }
            for (var node = token; node is not null && node.Kind != SyntaxKind.ItemBlock && node.Kind != SyntaxKind.ListingFile; node = node.Parent)
            {
                Add(Visible(text, node.Span));
            }
        }
        // Only the section's span is needed: its entries are not read.
        foreach (var (_, span) in document.SectionSpans().Where(s => s.Span.Touches(offset)).Take(1))
        {
            Add(Visible(text, span));
        }
        Add(new TextSpan(0, text.Length));
        return steps.ToImmutable();

        void Add(TextSpan span)
        {
            if (span.Start <= offset && offset <= span.End && (steps.Count == 0 || Contains(span, steps[^1]) && span != steps[^1]))
            {
                steps.Add(span);
            }
        }
    }

    /// <summary>The token under the caret, preferring the word the caret touches over white space or a line break after it.</summary>
    private static SyntaxNode? ContentTokenAt(SyntaxTree tree, int offset)
    {
        var token = tree.FindToken(offset);
        if (token is not null && !IsContent(token.Kind) && offset > 0 && tree.FindToken(offset - 1) is { } before && IsContent(before.Kind))
        {
            return before;
        }
        return token;
    }

    private static bool IsContent(SyntaxKind kind) => kind is not (SyntaxKind.Whitespace or SyntaxKind.EndOfLine or SyntaxKind.ByteOrderMark);

    private static bool Contains(TextSpan outer, TextSpan inner) => outer.Start <= inner.Start && inner.End <= outer.End;

    /// <summary>The span without its trailing white space and line breaks.</summary>
    internal static TextSpan Visible(Rope text, TextSpan span)
    {
        var end = span.End;
        while (end > span.Start && text[end - 1] is ' ' or '\t' or '\r' or '\n')
        {
            end--;
        }
        return TextSpan.FromBounds(span.Start, end);
    }
}
