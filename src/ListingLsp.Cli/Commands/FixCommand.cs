using System.CommandLine;
using ListingLsp.Analysis;
using ListingLsp.Cli.Files;
using ListingLsp.Cli.Output;

namespace ListingLsp.Cli.Commands;

/// <summary><c>listing fix PATH...</c>: apply every safe quick fix in place, repeating while fixes expose more.</summary>
internal static class FixCommand
{
    /// <summary>Each round fixes what the previous one exposed; a handful is plenty, the bound stops a fix that undoes another.</summary>
    private const int MaxRounds = 10;

    private sealed record Outcome(IReadOnlyList<string> FixedCodes, int ErrorsLeft, int ProblemsLeft);

    public static Command Create(CliContext context)
    {
        var paths = PathsArgument.Create();
        var command = new Command("fix", "Apply every safe quick fix in place (files keep their BOM and line endings).") { paths };
        command.SetAction((parseResult, cancellationToken) =>
            Task.FromResult(Run(context, parseResult.GetValue(paths)!, cancellationToken)));
        return command;
    }

    private static int Run(CliContext context, string[] paths, CancellationToken cancellationToken)
    {
        var files = FileDiscovery.Expand(paths);
        var results = FileRunner.Run(files, new Progress(context, "fixed", files.Count), Fix, cancellationToken);
        var failed = FileRunner.ReportFailures(results, context);
        var done = results.Where(r => !r.Failed).ToList();
        foreach (var result in done.Where(r => r.Value!.FixedCodes.Count > 0))
        {
            var codes = result.Value!.FixedCodes.GroupBy(c => c, StringComparer.Ordinal).OrderBy(g => g.Key, StringComparer.Ordinal)
                .Select(g => g.Count() == 1 ? g.Key : $"{g.Key} x{g.Count()}");
            context.Out.WriteLine($"{result.Path}: fixed {Words.Count(result.Value.FixedCodes.Count, "problem")} ({string.Join(", ", codes)})");
        }
        var fixedTotal = done.Sum(r => r.Value!.FixedCodes.Count);
        var changedFiles = done.Count(r => r.Value!.FixedCodes.Count > 0);
        var left = done.Sum(r => r.Value!.ProblemsLeft);
        context.Out.WriteLine($"fixed {Words.Count(fixedTotal, "problem")} in {Words.Count(changedFiles, "file")}; " +
            $"{Words.Count(left, "problem")} left{(left > 0 ? " (run listing check to see them)" : "")}");
        return failed ? ExitCodes.UsageOrIo : done.Any(r => r.Value!.ErrorsLeft > 0) ? ExitCodes.Problems : ExitCodes.Success;
    }

    private static Outcome Fix(SourceFile source)
    {
        var text = source.Text;
        var document = ListingDocument.Create(text);
        var before = document.GetDiagnostics();
        for (var round = 0; round < MaxRounds; round++)
        {
            var edits = FixAll.SafeFixes(document);
            if (edits.IsEmpty)
            {
                break;
            }
            text = TextEdits.Apply(text, edits, source.PreferredLineBreak);
            document = ListingDocument.Create(text);
        }
        var after = document.GetDiagnostics();
        if (text != source.Text)
        {
            source.Write(text);
        }
        return new Outcome(Removed(before, after), after.Count(d => d.Severity == DiagnosticSeverity.Error), after.Count);
    }

    /// <summary>The codes reported before and no longer after (as a multiset): what the fixes repaired.</summary>
    private static List<string> Removed(IReadOnlyList<ListingDiagnostic> before, IReadOnlyList<ListingDiagnostic> after)
    {
        var remaining = after.GroupBy(d => d.Code).ToDictionary(g => g.Key, g => g.Count());
        var removed = new List<string>();
        foreach (var diagnostic in before)
        {
            if (remaining.TryGetValue(diagnostic.Code, out var count) && count > 0)
            {
                remaining[diagnostic.Code] = count - 1;
            }
            else
            {
                removed.Add(diagnostic.Code);
            }
        }
        return removed;
    }
}
