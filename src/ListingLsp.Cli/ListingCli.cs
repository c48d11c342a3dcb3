using System.CommandLine;
using ListingLsp.Cli.Commands;

namespace ListingLsp.Cli;

/// <summary>The <c>listing</c> command tree; <see cref="RunAsync"/> is the in-process entry point tests call.</summary>
internal static class ListingCli
{
    public static RootCommand Build(CliContext context)
    {
        var root = new RootCommand("Check, fix, format and export listing files of research papers.");
        root.Subcommands.Add(CheckCommand.Create(context));
        root.Subcommands.Add(FixCommand.Create(context));
        root.Subcommands.Add(FormatCommand.Create(context));
        root.Subcommands.Add(ExportCommand.Create(context));
        root.Subcommands.Add(LspCommand.Create());
        return root;
    }

    public static async Task<int> RunAsync(string[] args, CliContext context, CancellationToken cancellationToken = default)
    {
        var parseResult = Build(context).Parse(args);
        if (parseResult.Errors.Count > 0)
        {
            // System.CommandLine reports parse errors with exit code 1, which `check` uses for "problems found".
            foreach (var error in parseResult.Errors)
            {
                await context.Error.WriteLineAsync($"listing: {error.Message}").ConfigureAwait(false);
            }
            await context.Error.WriteLineAsync("Run 'listing --help' for usage.").ConfigureAwait(false);
            return ExitCodes.UsageOrIo;
        }
        var invocation = new InvocationConfiguration { Output = context.Out, Error = context.Error };
        return await parseResult.InvokeAsync(invocation, cancellationToken).ConfigureAwait(false);
    }
}
