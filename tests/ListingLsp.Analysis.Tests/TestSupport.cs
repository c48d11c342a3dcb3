using System.Text;
using ListingLsp.Syntax.Text;

namespace ListingLsp.Analysis.Tests;

/// <summary>A clock stopped at one instant (UTC), for LST004 and inserted dates.</summary>
internal sealed class FixedClock(DateTimeOffset now) : TimeProvider
{
    public override DateTimeOffset GetUtcNow() => now;

    public override TimeZoneInfo LocalTimeZone => TimeZoneInfo.Utc;
}

internal static class TestSupport
{
    /// <summary>Tests analyse as of Sep 1, 2025.</summary>
    public static readonly AnalysisOptions Options = AnalysisOptions.Default with { Clock = new FixedClock(new DateTimeOffset(2025, 9, 1, 12, 0, 0, TimeSpan.Zero)) };

    public static ListingDocument Parse(string text, AnalysisOptions? options = null) => ListingDocument.Create(text, options ?? Options);

    /// <summary>1-based <c>line:col-line:col</c>, as editors show positions.</summary>
    public static string Range(Rope text, TextSpan span)
    {
        var start = text.GetPosition(span.Start);
        var end = text.GetPosition(span.End);
        return $"{start.Line + 1}:{start.Character + 1}-{end.Line + 1}:{end.Character + 1}";
    }

    /// <summary>One line per diagnostic, then its related places and fixes indented.</summary>
    public static string Render(ListingDocument document)
    {
        var sb = new StringBuilder();
        foreach (var d in document.GetDiagnostics())
        {
            sb.Append($"{Range(document.Text, d.Span)} {d.Severity.ToString().ToLowerInvariant()} {d.Code} {d.Message}\n");
            foreach (var r in d.Related)
            {
                sb.Append($"    related {Range(document.Text, r.Span)} {r.Message}\n");
            }
            foreach (var f in d.Fixes)
            {
                var flags = (f.IsSafe ? " safe" : "") + (f.IsPreferred ? " preferred" : "");
                sb.Append($"    fix \"{f.Title}\"{flags}: {string.Join(" ", f.Edits.Select(e => $"{Range(document.Text, e.Span)}=\"{e.NewText}\""))}\n");
            }
        }
        return sb.ToString();
    }

    public static string Apply(ListingDocument document, IEnumerable<TextChange> edits) => FixAll.Apply(document.Text.ToString(), edits);
}
