using System.Text;
using System.Text.RegularExpressions;
using ListingLsp.Syntax.Text;

namespace ListingLsp.Analysis.Tests.Editing;

/// <summary>
/// Shared pieces of the editing baselines: spans printed as 1-based <c>line:column</c> (as editors
/// show them) with their text, and requests written into a sample as comments
/// (<c># request: rename "Ann Lee" to "Ann Li"</c>), which are ordinary listing comments.
/// </summary>
internal static partial class EditingRender
{
    public static string Span(Rope text, TextSpan span)
    {
        var start = text.GetPosition(span.Start);
        var end = text.GetPosition(span.End);
        return $"{start.Line + 1}:{start.Character + 1}-{end.Line + 1}:{end.Character + 1} {Quote(text.ToString(span))}";
    }

    public static string Quote(string s)
    {
        var escaped = s.Replace("\r", "\\r").Replace("\n", "\\n");
        return escaped.Length > 70 ? $"\"{escaped[..30]}…{escaped[^30..]}\"" : $"\"{escaped}\"";
    }

    /// <summary>The sample's requests: the verb and its quoted arguments.</summary>
    public static IEnumerable<(string Verb, string[] Args)> Requests(string listing) =>
        RequestLine().Matches(listing).Select(m => (m.Groups[1].Value, QuotedArgument().Matches(m.Groups[2].Value).Select(a => a.Groups[1].Value).ToArray()));

    /// <summary>The offset just inside the first occurrence of <paramref name="target"/> after the request lines.</summary>
    public static int Find(string listing, string target)
    {
        var body = RequestLine().Matches(listing).Select(m => m.Index + m.Length).DefaultIfEmpty(0).Max();
        var index = listing.IndexOf(target, body, StringComparison.Ordinal);
        Assert.True(index >= 0, $"request target \"{target}\" not found");
        return index + 1;
    }

    public static ListingDocument Load(string relativePath)
    {
        var text = ListingLsp.Tests.Shared.Baseline.Read(relativePath);
        return ListingDocument.Create(text, TestOptions);
    }

    /// <summary>A fixed clock so "future date" findings do not change with the day the tests run.</summary>
    public static AnalysisOptions TestOptions { get; } = AnalysisOptions.Default with { Clock = new FixedClock(new DateTimeOffset(2026, 1, 1, 0, 0, 0, TimeSpan.Zero)) };

    public static string Lines(IEnumerable<string> lines)
    {
        var sb = new StringBuilder();
        foreach (var line in lines)
        {
            sb.Append(line).Append('\n');
        }
        return sb.ToString();
    }

    [GeneratedRegex(@"^# request: (\w+)(.*)$", RegexOptions.Multiline)]
    private static partial Regex RequestLine();

    [GeneratedRegex("\"([^\"]*)\"")]
    private static partial Regex QuotedArgument();

    private sealed class FixedClock(DateTimeOffset now) : TimeProvider
    {
        public override DateTimeOffset GetUtcNow() => now;
    }
}
