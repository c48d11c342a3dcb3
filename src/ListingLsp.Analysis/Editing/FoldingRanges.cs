using System.Collections.Immutable;
using ListingLsp.Syntax;
using ListingLsp.Syntax.Text;

namespace ListingLsp.Analysis.Editing;

public enum FoldKind
{
    /// <summary>An entry or a section.</summary>
    Region,
    /// <summary>Two or more consecutive comment or directive lines.</summary>
    Comment,
}

/// <summary>A foldable run of lines (0-based, inclusive): the first line stays visible.</summary>
public readonly record struct FoldRange(int StartLine, int EndLine, FoldKind Kind);

/// <summary>Folding for entries, sections (heading to the last non-blank line before the next heading) and comment runs.</summary>
public static class FoldingRanges
{
    public static ImmutableArray<FoldRange> Compute(ListingDocument document, CancellationToken cancellationToken = default)
    {
        var text = document.Text;
        var folds = ImmutableArray.CreateBuilder<FoldRange>();
        int? sectionStart = null;
        int? commentStart = null;
        var lastContentLine = -1; // last line of the last non-blank item seen
        var lastCommentLine = -1;
        foreach (var item in document.Syntax.Items)
        {
            var isComment = item.Kind is SyntaxKind.Comment or SyntaxKind.Directive;
            if (!isComment)
            {
                CloseComments();
            }
            var first = text.GetLineIndex(item.Position);
            var last = LastLine(text, item.Span);
            switch (item.Kind)
            {
                case SyntaxKind.SectionHeading:
                    cancellationToken.ThrowIfCancellationRequested();
                    CloseSection();
                    sectionStart = first;
                    break;
                case SyntaxKind.Entry:
                    Add(first, last, FoldKind.Region);
                    break;
                case SyntaxKind.Comment or SyntaxKind.Directive:
                    commentStart ??= first;
                    lastCommentLine = last;
                    break;
            }
            if (item.Kind != SyntaxKind.BlankLine)
            {
                lastContentLine = last;
            }
        }
        CloseComments();
        CloseSection();
        folds.Sort((a, b) => a.StartLine != b.StartLine ? a.StartLine.CompareTo(b.StartLine) : b.EndLine.CompareTo(a.EndLine));
        return folds.ToImmutable();

        void Add(int start, int end, FoldKind kind)
        {
            if (end > start)
            {
                folds.Add(new FoldRange(start, end, kind));
            }
        }

        void CloseComments()
        {
            if (commentStart is { } start)
            {
                Add(start, lastCommentLine, FoldKind.Comment);
                commentStart = null;
            }
        }

        void CloseSection()
        {
            if (sectionStart is { } start)
            {
                Add(start, lastContentLine, FoldKind.Region);
            }
        }
    }

    /// <summary>The line of the span's last char that is not part of its final line break.</summary>
    internal static int LastLine(Rope text, TextSpan span) => text.GetLineIndex(text.EndBeforeFinalBreak(span));
}
