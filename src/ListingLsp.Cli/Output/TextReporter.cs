using System.Text;

namespace ListingLsp.Cli.Output;

/// <summary>
/// The human format, compiler style: <c>path:line:col: severity CODE: message</c> (1-based), the source line
/// with the range underlined, related places as notes, and a summary line.
/// </summary>
internal sealed class TextReporter : IReporter
{
    public void Write(TextWriter output, IReadOnlyList<FileFindings> files)
    {
        foreach (var finding in files.SelectMany(f => f.Findings))
        {
            var start = finding.Range.Start;
            output.WriteLine($"{Location(finding.File, finding.Range)}: {SeverityNames.Name(finding.Severity)} {finding.Code}: {finding.Message}");
            var gutter = (start.Line + 1).ToString();
            output.WriteLine($"  {gutter} | {finding.LineText}");
            output.WriteLine($"  {new string(' ', gutter.Length)} | {Underline(finding)}");
            foreach (var related in finding.Related)
            {
                output.WriteLine($"  note: {Location(finding.File, related.Range)}: {related.Message}");
            }
        }
        output.WriteLine(CheckSummary.Of(files).Text);
    }

    private static string Location(string file, FindingRange range) =>
        $"{file}:{range.Start.Line + 1}:{range.Start.Character + 1}";

    /// <summary><c>^~~~</c> under the range; a range running past its first line is underlined to that line's end.</summary>
    private static string Underline(Finding finding)
    {
        var line = finding.LineText;
        var start = Math.Min(finding.Range.Start.Character, line.Length);
        var end = finding.Range.End.Line == finding.Range.Start.Line ? Math.Min(finding.Range.End.Character, line.Length) : line.Length;
        var builder = new StringBuilder();
        for (var i = 0; i < start; i++)
        {
            // Keep tabs so the caret lines up however the terminal expands them.
            builder.Append(line[i] == '\t' ? '\t' : ' ');
        }
        builder.Append('^');
        builder.Append('~', Math.Max(0, end - start - 1));
        return builder.ToString();
    }
}
