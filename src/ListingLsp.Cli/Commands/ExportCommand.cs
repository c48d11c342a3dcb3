using System.CommandLine;
using ListingLsp.Analysis;
using ListingLsp.Cli.Export;
using ListingLsp.Cli.Files;
using ListingLsp.Syntax.Text;

namespace ListingLsp.Cli.Commands;

/// <summary><c>listing export --to json|csv|bibtex PATH</c>: the entries of one listing as data on stdout.</summary>
internal static class ExportCommand
{
    public static Command Create(CliContext context)
    {
        var path = new Argument<string>("path") { Description = "The listing file to export." };
        var to = new Option<string>("--to", "-t") { Description = "Output format: json, csv or bibtex.", Required = true };
        to.AcceptOnlyFromAmong("json", "csv", "bibtex");
        var command = new Command("export", "Write the entries of a listing as JSON, CSV or BibTeX to stdout.") { path, to };
        command.SetAction(parseResult => Run(context, parseResult.GetValue(path)!, parseResult.GetValue(to)!));
        return command;
    }

    private static int Run(CliContext context, string path, string format)
    {
        Rope text;
        try
        {
            text = SourceFile.ReadRope(path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            context.Error.WriteLine($"listing: {path}: {FileRunner.ReadFailure(path, e)}");
            return ExitCodes.UsageOrIo;
        }
        var entries = ListingDocument.Create(text).Entries.Select(ExportEntry.From).ToList();
        IExporter exporter = format switch
        {
            "csv" => new CsvExporter(),
            "bibtex" => new BibtexExporter(),
            _ => new JsonExporter(),
        };
        exporter.Write(context.Out, entries);
        return ExitCodes.Success;
    }
}
