using System.Collections.Immutable;
using ListingLsp.Syntax;
using ListingLsp.Syntax.Text;

namespace ListingLsp.Analysis;

/// <summary>
/// What one item contributes, with every span RELATIVE to the item's start, so the result stays
/// valid when an edit above moves the item without reparsing it. Cached per item green node.
/// </summary>
internal sealed class ItemAnalysis
{
    public static readonly ItemAnalysis Nothing = new([], false, null, CodeSet.Empty, CodeSet.Empty);

    public ItemAnalysis(ImmutableArray<ListingDiagnostic> diagnostics, bool isEntry, string? titleKey, CodeSet nextEntryIgnores, CodeSet fileIgnores, bool isFileDirective = false, TextSpan? titleSpan = null)
    {
        TitleSpan = titleSpan;
        IsFileDirective = isFileDirective;
        Diagnostics = diagnostics;
        TitleKey = titleKey;
        Summary = Summary.ForItem(diagnostics, isEntry, nextEntryIgnores, fileIgnores);
    }

    /// <summary>Default severities, relative spans, sorted by start.</summary>
    public ImmutableArray<ListingDiagnostic> Diagnostics { get; }

    /// <summary>Duplicate-paper key of the entry's title (null when it has none).</summary>
    public string? TitleKey { get; }

    /// <summary>The entry's title, relative to the entry (null when it has none).</summary>
    public TextSpan? TitleSpan { get; }

    public Summary Summary { get; }

    /// <summary>A <c># listing-ignore-file</c> line.</summary>
    public bool IsFileDirective { get; }

    /// <summary>A one-line item (entries go to <see cref="EntryAnalyzer"/>).</summary>
    public static ItemAnalysis Analyze(GreenNode item, string text) => item.Kind switch
    {
        SyntaxKind.Directive => AnalyzeDirective(item, text),
        SyntaxKind.SkippedLine => AnalyzeSkipped(item, text),
        _ => Nothing,
    };

    private static ItemAnalysis AnalyzeDirective(GreenNode item, string text)
    {
        var fileLevel = false;
        var codes = CodeSet.Empty;
        var diagnostics = ImmutableArray.CreateBuilder<ListingDiagnostic>();
        foreach (var (token, offset) in GreenWalk.Children(item, 0))
        {
            var value = text.Substring(offset, token.Width);
            if (token.Kind == SyntaxKind.DirectiveKeyword)
            {
                fileLevel = value.TrimEnd().EndsWith("-file", StringComparison.OrdinalIgnoreCase);
            }
            else if (token.Kind == SyntaxKind.DirectiveCode)
            {
                if (DiagnosticCodes.Find(value) is { } known)
                {
                    codes = codes.With(known.Index);
                }
                else
                {
                    diagnostics.Add(Diagnose.Make(DiagnosticCodes.UnknownIgnoreCode, new TextSpan(offset, token.Width), Messages.UnknownIgnoreCode(value)));
                }
            }
        }
        return new ItemAnalysis(diagnostics.ToImmutable(), false, null, fileLevel ? CodeSet.Empty : codes, fileLevel ? codes : CodeSet.Empty, fileLevel);
    }

    private static ItemAnalysis AnalyzeSkipped(GreenNode item, string text)
    {
        foreach (var (token, offset) in GreenWalk.Children(item, 0))
        {
            if (token.Kind == SyntaxKind.SkippedText)
            {
                var span = Diagnose.Trimmed(text, new TextSpan(offset, token.Width));
                return new ItemAnalysis([Diagnose.Make(DiagnosticCodes.UnexpectedLine, span, Messages.UnexpectedLine(text.Substring(span.Start, span.Length)))], false, null, CodeSet.Empty, CodeSet.Empty);
            }
        }
        return Nothing;
    }
}

/// <summary>Building blocks for relative diagnostics.</summary>
internal static class Diagnose
{
    public static ListingDiagnostic Make(string code, TextSpan span, string message, ImmutableArray<CodeFix> fixes = default, ImmutableArray<RelatedLocation> related = default) =>
        new(code, DiagnosticCodes.Get(code).DefaultSeverity, span, message, related.IsDefault ? [] : related, fixes.IsDefault ? [] : fixes);

    public static CodeFix Fix(string title, TextSpan span, string newText, bool safe) =>
        new(title, [new TextChange(span, newText)], IsPreferred: true, IsSafe: safe);

    /// <summary>The span without trailing white space (never empty unless the text is).</summary>
    public static TextSpan Trimmed(ReadOnlySpan<char> text, TextSpan span)
    {
        var end = span.End;
        while (end > span.Start && char.IsWhiteSpace(text[end - 1]))
        {
            end--;
        }
        return end == span.Start ? span : TextSpan.FromBounds(span.Start, end);
    }

    public static ListingDiagnostic Shift(ListingDiagnostic d, int delta, DiagnosticSeverity severity) =>
        delta == 0 && severity == d.Severity ? d : d with
        {
            Severity = severity,
            Span = d.Span.Shift(delta),
            Related = d.Related.IsEmpty ? d.Related : [.. d.Related.Select(r => r with { Span = r.Span.Shift(delta) })],
            Fixes = d.Fixes.IsEmpty ? d.Fixes : [.. d.Fixes.Select(f => f with { Edits = [.. f.Edits.Select(e => e with { Span = e.Span.Shift(delta) })] })],
        };
}
