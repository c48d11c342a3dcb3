using System.Text;

namespace ListingLsp.Cli;

/// <summary>Where a command writes; tests pass string writers, the program passes the console.</summary>
internal sealed record CliContext(TextWriter Out, TextWriter Error, bool ErrorIsTerminal)
{
    /// <summary>
    /// Stdout is buffered (Console.Out flushes every line, which dominates a report of many thousand problems);
    /// the caller flushes it when the command ends. Stderr stays unbuffered for messages and progress.
    /// </summary>
    public static CliContext FromConsole() =>
        new(new StreamWriter(Console.OpenStandardOutput(), new UTF8Encoding(encoderShouldEmitUTF8Identifier: false), 1 << 16),
            Console.Error,
            !Console.IsErrorRedirected);
}
