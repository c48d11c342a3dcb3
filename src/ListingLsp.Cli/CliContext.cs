namespace ListingLsp.Cli;

/// <summary>Where a command writes; tests pass string writers, the program passes the console.</summary>
internal sealed record CliContext(TextWriter Out, TextWriter Error, bool ErrorIsTerminal)
{
    public static CliContext FromConsole() => new(Console.Out, Console.Error, !Console.IsErrorRedirected);
}
