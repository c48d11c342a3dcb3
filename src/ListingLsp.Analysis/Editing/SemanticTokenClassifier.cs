using System.Collections.Immutable;
using ListingLsp.Syntax;
using ListingLsp.Syntax.Text;

namespace ListingLsp.Analysis.Editing;

/// <summary>One coloured span (always within one line), with its 0-based line and that line's start offset.</summary>
public readonly record struct ClassifiedSpan(TextSpan Span, ListingTokenKind Kind, ListingTokenModifiers Modifiers = ListingTokenModifiers.None)
{
    public int Line { get; init; }

    public int LineStart { get; init; }
}

/// <summary>
/// Classifies a listing's text from the syntax tree (where the title ends and the first author
/// begins is the parser's glue-point split) and the tokens' text (URLs in abstracts, known categories);
/// no entry model is read, so classifying every entry costs no more than its tokens.
/// An entry's tokens are kept on its entry node (its identity stands for its text; see
/// <see cref="EntryAnnotation"/>), so classifying a large file again after an edit costs the changed
/// entries plus a copy of the others.
/// </summary>
public static class SemanticTokenClassifier
{
    /// <summary>Tokens in document order; with a range, only the ones that overlap it.</summary>
    public static ImmutableArray<ClassifiedSpan> Classify(ListingDocument document, TextSpan? range = null, CancellationToken cancellationToken = default)
    {
        var text = document.Text;
        var within = range ?? new TextSpan(0, text.Length);
        var spans = ImmutableArray.CreateBuilder<ClassifiedSpan>();
        // Lines are counted from the line breaks walked past: one line lookup per request, not per token.
        int line = -1, lineStart = 0;
        foreach (var item in document.Syntax.ItemsFrom(within.Start))
        {
            if (item.Position >= within.End)
            {
                break;
            }
            cancellationToken.ThrowIfCancellationRequested();
            if (line < 0)
            {
                line = text.GetLineIndex(item.Position);
                lineStart = text.GetLineStart(line);
            }
            if (item.Kind != SyntaxKind.Entry)
            {
                ClassifyItem(text, item, document.Options, spans, range is null ? null : within, ref line, ref lineStart);
                continue;
            }
            var cached = TokensOf(document, item);
            foreach (var token in cached.Tokens)
            {
                var span = new TextSpan(item.Position + token.Start, token.Length);
                if (range is null || span.OverlapsWith(within))
                {
                    spans.Add(new ClassifiedSpan(span, token.Kind, token.Modifiers)
                    {
                        Line = line + token.Line,
                        LineStart = item.Position + cached.LineStarts[token.Line],
                    });
                }
            }
            if (cached.LineStarts.Length > 1)
            {
                line += cached.LineStarts.Length - 1;
                lineStart = item.Position + cached.LineStarts[^1];
            }
        }
        return spans.ToImmutable();
    }

    private static EntryTokens TokensOf(ListingDocument document, SyntaxNode item)
    {
        var annotation = EntryAnnotation.Of(item.Green);
        if (annotation?.Tokens is { } cached && ReferenceEquals(cached.Options, document.Options))
        {
            return cached;
        }
        var spans = new List<ClassifiedSpan>();
        var lineStarts = new List<int> { item.Position };
        int line = 0, lineStart = item.Position;
        ClassifyItem(document.Text, item, document.Options, spans, within: null, ref line, ref lineStart, lineStarts);
        var relative = spans.Select(t => new EntryToken(t, item.Position)).ToArray();
        var tokens = new EntryTokens(document.Options, relative, [.. lineStarts.Select(start => start - item.Position)]);
        item.Green.Annotation = new EntryAnnotation(annotation?.Context, annotation?.Analysis, tokens);
        return tokens;
    }

    /// <summary>The item's tokens with their lines, counting the line breaks walked past (and noting where the lines after them start).</summary>
    private static void ClassifyItem(
        Rope text, SyntaxNode item, AnalysisOptions options, ICollection<ClassifiedSpan> spans, TextSpan? within, ref int line, ref int lineStart, List<int>? lineStarts = null)
    {
        foreach (var token in Tokens(item))
        {
            if (token.Kind == SyntaxKind.EndOfLine)
            {
                line++;
                lineStart = token.Span.End;
                lineStarts?.Add(lineStart);
                continue;
            }
            if (Classify(text, token, options) is { } c && (within is null || c.Span.OverlapsWith(within.Value)))
            {
                spans.Add(c with { Line = line, LineStart = lineStart });
            }
            if (token.Kind == SyntaxKind.AbstractText && token.Span.Length > 0)
            {
                // The URLs the entry model lists (EntryModel.Urls), found the same way.
                foreach (var (offset, url) in Urls.Find(text.ToString(token.Span)))
                {
                    var span = new TextSpan(token.Span.Start + offset, url.Length);
                    if (span.Length > 0 && (within is null || span.OverlapsWith(within.Value)))
                    {
                        spans.Add(new ClassifiedSpan(span, ListingTokenKind.Url) { Line = line, LineStart = lineStart });
                    }
                }
            }
        }
    }

    private static ClassifiedSpan? Classify(Rope text, SyntaxNode token, AnalysisOptions options)
    {
        var span = token.Span;
        return token.Kind switch
        {
            _ when span.Length == 0 => null,
            SyntaxKind.Category => new(span, ListingTokenKind.Category,
                Categories.Find(text.ToString(span), options) is not null ? ListingTokenModifiers.DefaultLibrary : ListingTokenModifiers.None),
            SyntaxKind.Date => new(span, ListingTokenKind.Date),
            SyntaxKind.CodeFlag => new(span, ListingTokenKind.CodeFlag),
            SyntaxKind.Title => new(span, ListingTokenKind.Title, ListingTokenModifiers.Declaration),
            SyntaxKind.AuthorName => new(span, ListingTokenKind.Author),
            // These two carry their surrounding spaces in the tree; only the mark itself is coloured.
            SyntaxKind.EtAl => Trimmed(text, span, ListingTokenKind.EtAl),
            SyntaxKind.OrgSeparator => Trimmed(text, span, ListingTokenKind.OrgSeparator),
            SyntaxKind.OrgTag => new(span, ListingTokenKind.OrgTag),
            SyntaxKind.CommentText => new(span, ListingTokenKind.Comment),
            SyntaxKind.SectionText => new(span, ListingTokenKind.SectionHeading, ListingTokenModifiers.Declaration),
            SyntaxKind.DirectiveKeyword => new(span, ListingTokenKind.DirectiveKeyword),
            SyntaxKind.DirectiveCode => new(span, ListingTokenKind.DirectiveCode),
            _ => null,
        };
    }

    private static ClassifiedSpan? Trimmed(Rope text, TextSpan span, ListingTokenKind kind)
    {
        var start = span.Start;
        var end = span.End;
        while (start < end && char.IsWhiteSpace(text[start]))
        {
            start++;
        }
        while (end > start && char.IsWhiteSpace(text[end - 1]))
        {
            end--;
        }
        return end > start ? new ClassifiedSpan(TextSpan.FromBounds(start, end), kind) : null;
    }

    /// <summary>The item's tokens in order (items are at most three levels deep).</summary>
    internal static IEnumerable<SyntaxNode> Tokens(SyntaxNode node)
    {
        foreach (var child in node.Children)
        {
            if (child.IsToken)
            {
                yield return child;
            }
            else
            {
                foreach (var token in Tokens(child))
                {
                    yield return token;
                }
            }
        }
    }
}
