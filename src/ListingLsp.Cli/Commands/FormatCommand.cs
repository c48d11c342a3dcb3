using System.CommandLine;
using ListingLsp.Analysis;
using ListingLsp.Cli.Files;
using ListingLsp.Cli.Output;

namespace ListingLsp.Cli.Commands;

/// <summary><c>listing format PATH...</c>: rewrite files in canonical layout, or with --check report which are not.</summary>
internal static class FormatCommand
{
    private sealed record Outcome(string OldText, string NewText)
    {
        public bool Changed => OldText != NewText;
    }

    public static Command Create(CliContext context)
    {
        var paths = PathsArgument.Create();
        var check = new Option<bool>("--check")
        {
            Description = "Change nothing; print a unified diff of what formatting would change and exit 1 if any file is not formatted.",
        };
        var command = new Command("format", "Format listing files in place (files keep their BOM and line endings).") { paths, check };
        command.SetAction((parseResult, cancellationToken) =>
            Task.FromResult(Run(context, parseResult.GetValue(paths)!, parseResult.GetValue(check), cancellationToken)));
        return command;
    }

    private static int Run(CliContext context, string[] paths, bool checkOnly, CancellationToken cancellationToken)
    {
        var files = FileDiscovery.Expand(paths);
        var progress = new Progress(context, checkOnly ? "checked" : "formatted", files.Count);
        var results = FileRunner.Run(files, progress, source => Format(source, write: !checkOnly), cancellationToken);
        var failed = FileRunner.ReportFailures(results, context);
        var changed = results.Where(r => !r.Failed && r.Value!.Changed).ToList();
        var total = results.Count(r => !r.Failed);
        if (checkOnly)
        {
            foreach (var result in changed)
            {
                context.Out.Write(UnifiedDiff.Create(result.Value!.OldText, result.Value.NewText, $"a/{result.Path}", $"b/{result.Path}"));
            }
            // The diff alone goes to stdout so it can be piped to patch or git apply.
            context.Error.WriteLine(changed.Count == 0
                ? $"{Words.Count(total, "file")} already formatted"
                : $"{changed.Count} of {Words.Count(total, "file")} not formatted (run listing format to fix)");
        }
        else
        {
            foreach (var result in changed)
            {
                context.Out.WriteLine($"formatted {result.Path}");
            }
            context.Out.WriteLine($"formatted {changed.Count} of {Words.Count(total, "file")}");
        }
        return failed ? ExitCodes.UsageOrIo : checkOnly && changed.Count > 0 ? ExitCodes.Problems : ExitCodes.Success;
    }

    private static Outcome Format(SourceFile source, bool write)
    {
        var document = ListingDocument.Create(source.Text);
        var formatted = TextEdits.Apply(source.Text, ListingFormatter.Format(document), source.PreferredLineBreak);
        if (write && formatted != source.Text)
        {
            source.Write(formatted);
        }
        return new Outcome(source.Text, formatted);
    }
}
