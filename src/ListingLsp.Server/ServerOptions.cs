using Microsoft.Extensions.Logging;

namespace ListingLsp.Server;

/// <summary>Command-line settings of the server process (<c>listing lsp [--log-level LEVEL]</c>).</summary>
public sealed record ServerOptions
{
    /// <summary>Least severe level written to stderr (the client's trace setting governs what it receives).</summary>
    public LogLevel StderrLogLevel { get; init; } = LogLevel.Information;

    /// <summary>How often the server checks that the client process named in initialize is still alive.</summary>
    public TimeSpan ClientProcessPollInterval { get; init; } = TimeSpan.FromSeconds(1);

    /// <summary>
    /// Parse the arguments after <c>lsp</c>. <c>--stdio</c> (which clients such as vscode-languageclient
    /// pass) is accepted; unknown arguments are ignored so that a newer client never stops the server.
    /// </summary>
    public static ServerOptions Parse(IReadOnlyList<string> args)
    {
        var options = new ServerOptions();
        for (var i = 0; i < args.Count; i++)
        {
            var (name, value) = SplitArgument(args, ref i);
            if (name == "--log-level" && Enum.TryParse<LogLevel>(value, ignoreCase: true, out var level))
            {
                options = options with { StderrLogLevel = level };
            }
        }
        return options;
    }

    private static (string Name, string? Value) SplitArgument(IReadOnlyList<string> args, ref int i)
    {
        var arg = args[i];
        var eq = arg.IndexOf('=');
        if (eq > 0)
        {
            return (arg[..eq], arg[(eq + 1)..]);
        }
        if (arg.StartsWith("--", StringComparison.Ordinal) && i + 1 < args.Count && !args[i + 1].StartsWith("--", StringComparison.Ordinal))
        {
            return (arg, args[++i]);
        }
        return (arg, null);
    }
}
