using ListingLsp.Analysis;

namespace ListingLsp.Cli.Output;

/// <summary>Counts over a check run; <see cref="Text"/> is the closing line of the text format.</summary>
internal sealed record CheckSummary(int Errors, int Warnings, int Notes, int Files)
{
    public static CheckSummary Of(IReadOnlyList<FileFindings> files)
    {
        var all = files.SelectMany(f => f.Findings).ToList();
        return new CheckSummary(
            all.Count(f => f.Severity == DiagnosticSeverity.Error),
            all.Count(f => f.Severity == DiagnosticSeverity.Warning),
            all.Count(f => f.Severity > DiagnosticSeverity.Warning),
            files.Count);
    }

    public string Text
    {
        get
        {
            var parts = new List<string> { Words.Count(Errors, "error"), Words.Count(Warnings, "warning") };
            if (Notes > 0)
            {
                parts.Add(Words.Count(Notes, "note"));
            }
            return $"{string.Join(", ", parts)} in {Words.Count(Files, "file")}";
        }
    }
}
