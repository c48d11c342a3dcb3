using System.CommandLine;

namespace ListingLsp.Cli.Commands;

internal static class PathsArgument
{
    /// <summary>PATH...: listing files, or folders searched recursively for *.listing.</summary>
    public static Argument<string[]> Create()
    {
        var argument = new Argument<string[]>("paths")
        {
            Arity = ArgumentArity.OneOrMore,
            Description = "Listing files, or folders to search recursively for *.listing files.",
        };
        // The parser takes an unknown option as a path; a mistyped flag is a usage error, not a missing file.
        argument.Validators.Add(result =>
        {
            foreach (var token in result.Tokens.Where(t => t.Value.StartsWith('-') && t.Value.Length > 1))
            {
                result.AddError($"unknown option '{token.Value}' (write ./{token.Value} for a file of that name)");
            }
        });
        return argument;
    }
}
