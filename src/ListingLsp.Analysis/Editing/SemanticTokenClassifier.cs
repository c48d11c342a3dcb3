using System.Collections.Immutable;
using System.Runtime.CompilerServices;
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
/// begins is the parser's glue-point split) and the entry model (URLs in abstracts, known categories).
/// An entry's tokens are kept per entry node (its identity stands for its text), so classifying a
/// large file again after an edit costs the changed entries plus a copy of the others.
/// </summary>
public static class SemanticTokenClassifier
{
    /// <summary>An entry's tokens relative to its start (spans, lines, line starts), for the options they were made with.</summary>
    private sealed record EntryTokens(AnalysisOptions Options, ClassifiedSpan[] Tokens, int LineBreaks, int LastLineStart);

    private static readonly ConditionalWeakTable<GreenNode, EntryTokens> EntryCache = new();

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
                ClassifyItem(text, item, entry: null, spans, range is null ? null : within, ref line, ref lineStart);
                continue;
            }
            var cached = TokensOf(document, item);
            foreach (var token in cached.Tokens)
            {
                var span = token.Span.Shift(item.Position);
                if (range is null || span.OverlapsWith(within))
                {
                    spans.Add(token with { Span = span, Line = token.Line + line, LineStart = token.LineStart + item.Position });
                }
            }
            if (cached.LineBreaks > 0)
            {
                line += cached.LineBreaks;
                lineStart = item.Position + cached.LastLineStart;
            }
        }
        return spans.ToImmutable();
    }

    private static EntryTokens TokensOf(ListingDocument document, SyntaxNode item)
    {
        if (EntryCache.TryGetValue(item.Green, out var cached) && ReferenceEquals(cached.Options, document.Options))
        {
            return cached;
        }
        var spans = new List<ClassifiedSpan>();
        int line = 0, lineStart = item.Position;
        ClassifyItem(document.Text, item, document.EntryAt(item.Position), spans, within: null, ref line, ref lineStart);
        var relative = spans.Select(t => t with { Span = t.Span.Shift(-item.Position), LineStart = t.LineStart - item.Position }).ToArray();
        var tokens = new EntryTokens(document.Options, relative, line, lineStart - item.Position);
        EntryCache.AddOrUpdate(item.Green, tokens);
        return tokens;
    }

    /// <summary>The item's tokens with their lines, counting the line breaks walked past.</summary>
    private static void ClassifyItem(Rope text, SyntaxNode item, EntryModel? entry, ICollection<ClassifiedSpan> spans, TextSpan? within, ref int line, ref int lineStart)
    {
        foreach (var token in Tokens(item))
        {
            if (token.Kind == SyntaxKind.EndOfLine)
            {
                line++;
                lineStart = token.Span.End;
                continue;
            }
            if (Classify(text, token, entry) is { } c && (within is null || c.Span.OverlapsWith(within.Value)))
            {
                spans.Add(c with { Line = line, LineStart = lineStart });
            }
            if (token.Kind == SyntaxKind.AbstractText && entry is not null)
            {
                foreach (var url in entry.Urls.Where(u => u.Span.Length > 0 && (within is null || u.Span.OverlapsWith(within.Value))))
                {
                    spans.Add(new ClassifiedSpan(url.Span, ListingTokenKind.Url) { Line = line, LineStart = lineStart });
                }
            }
        }
    }

    private static ClassifiedSpan? Classify(Rope text, SyntaxNode token, EntryModel? entry)
    {
        var span = token.Span;
        return token.Kind switch
        {
            _ when span.Length == 0 => null,
            SyntaxKind.Category => new(span, ListingTokenKind.Category,
                entry?.CategoryInfo is not null ? ListingTokenModifiers.DefaultLibrary : ListingTokenModifiers.None),
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
