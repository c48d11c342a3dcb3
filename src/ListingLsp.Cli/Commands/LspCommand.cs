using System.CommandLine;
using ListingLsp.Server;

namespace ListingLsp.Cli.Commands;

/// <summary><c>listing lsp</c>: the language server on stdin/stdout (implemented in ListingLsp.Server).</summary>
internal static class LspCommand
{
    public static Command Create()
    {
        var command = new Command("lsp", "Run the listing language server over stdin/stdout (what editors start).");
        var rest = new Argument<string[]>("server-args") { Arity = ArgumentArity.ZeroOrMore, Description = "Arguments passed to the server (for example --stdio)." };
        command.Arguments.Add(rest);
        // Editors add flags of their own (vscode-languageclient passes --stdio); the server decides what they mean.
        command.TreatUnmatchedTokensAsErrors = false;
        command.SetAction((parseResult, cancellationToken) =>
            LspHost.RunStdioAsync([.. parseResult.GetValue(rest) ?? [], .. parseResult.UnmatchedTokens], cancellationToken));
        return command;
    }
}
