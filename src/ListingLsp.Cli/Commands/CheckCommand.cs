using System.Collections.Immutable;
using System.CommandLine;
using ListingLsp.Analysis;
using ListingLsp.Cli.Files;
using ListingLsp.Cli.Output;
using ListingLsp.Syntax.Text;

namespace ListingLsp.Cli.Commands;

/// <summary><c>listing check PATH...</c>: report every diagnostic; exit 1 when there are errors.</summary>
internal static class CheckCommand
{
    public static Command Create(CliContext context)
    {
        var paths = PathsArgument.Create();
        var format = new Option<string>("--format", "-f")
        {
            Description = "Output format: text (default), json, sarif or github (workflow commands).",
            DefaultValueFactory = _ => "text",
        };
        format.AcceptOnlyFromAmong("text", "json", "sarif", "github");
        var warningsAsErrors = new Option<bool>("--warnings-as-errors") { Description = "Exit 1 on warnings too." };

        var command = new Command("check", "Check listing files and report problems.") { paths, format, warningsAsErrors };
        command.SetAction((parseResult, cancellationToken) =>
        {
            var code = Run(
                context,
                parseResult.GetValue(paths)!,
                Reporter(parseResult.GetValue(format)!),
                parseResult.GetValue(warningsAsErrors),
                cancellationToken);
            return Task.FromResult(code);
        });
        return command;
    }

    private static int Run(CliContext context, string[] paths, IReporter reporter, bool warningsAsErrors, CancellationToken cancellationToken)
    {
        var files = FileDiscovery.Expand(paths);
        var results = FileRunner.Run(files, new Progress(context, "checked", files.Count), path => (Path: path, Text: SourceFile.ReadRope(path)), file => Analyze(file.Path, file.Text), cancellationToken);
        var unreadable = FileRunner.ReportFailures(results, context);
        var checkedFiles = results.Where(r => !r.Failed).Select(r => r.Value!).ToList();
        reporter.Write(context.Out, checkedFiles);

        var failing = checkedFiles.SelectMany(f => f.Findings).Any(f =>
            f.Severity == DiagnosticSeverity.Error || (warningsAsErrors && f.Severity == DiagnosticSeverity.Warning));
        return unreadable ? ExitCodes.UsageOrIo : failing ? ExitCodes.Problems : ExitCodes.Success;
    }

    private static FileFindings Analyze(string path, Rope text)
    {
        var document = ListingDocument.Create(text);
        var findings = document.GetDiagnostics().Select(d => Finding.From(path, document, d)).ToImmutableArray();
        return new FileFindings(path, findings);
    }

    private static IReporter Reporter(string format) => format switch
    {
        "json" => new JsonReporter(),
        "sarif" => new SarifReporter(),
        "github" => new GithubReporter(),
        _ => new TextReporter(),
    };
}
