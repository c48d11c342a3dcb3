using ListingLsp.Analysis;

namespace ListingLsp.Cli.Output;

/// <summary>GitHub Actions workflow commands, so findings show as annotations on the pull request.</summary>
internal sealed class GithubReporter : IReporter
{
    public void Write(TextWriter output, IReadOnlyList<FileFindings> files)
    {
        foreach (var f in files.SelectMany(f => f.Findings))
        {
            var command = f.Severity switch
            {
                DiagnosticSeverity.Error => "error",
                DiagnosticSeverity.Warning => "warning",
                _ => "notice",
            };
            var (start, end) = (f.Range.Start, f.Range.End);
            output.WriteLine(
                $"::{command} file={Property(f.File)},line={start.Line + 1},col={start.Character + 1}," +
                $"endLine={end.Line + 1},endColumn={end.Character + 1},title={Property(f.Code)}::{Data(f.Message)}");
        }
    }

    // Escaping as the runner's toolkit (@actions/core) does it.
    private static string Data(string value) =>
        value.Replace("%", "%25").Replace("\r", "%0D").Replace("\n", "%0A");

    private static string Property(string value) =>
        Data(value).Replace(":", "%3A").Replace(",", "%2C");
}
