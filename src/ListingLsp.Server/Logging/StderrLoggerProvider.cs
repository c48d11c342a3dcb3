using Microsoft.Extensions.Logging;

namespace ListingLsp.Server.Logging;

/// <summary>
/// Plain lines on stderr, written synchronously. Stdout belongs to the protocol; the console logger
/// of Microsoft.Extensions.Logging is not used because it starts a queue thread and costs start-up time.
/// </summary>
internal sealed class StderrLoggerProvider(TextWriter error) : ILoggerProvider
{
    public ILogger CreateLogger(string categoryName) => new Logger(error, ShortName(categoryName));

    public void Dispose()
    {
    }

    private static string ShortName(string category) => category[(category.LastIndexOf('.') + 1)..];

    private sealed class Logger(TextWriter error, string category) : ILogger
    {
        public IDisposable? BeginScope<TState>(TState state)
            where TState : notnull => null;

        public bool IsEnabled(LogLevel logLevel) => logLevel != LogLevel.None;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
        {
            var line = $"[{DateTime.UtcNow:HH:mm:ss.fff} {LevelName(logLevel)}] {category}: {formatter(state, exception)}";
            lock (error)
            {
                error.WriteLine(exception is null ? line : line + Environment.NewLine + exception);
                error.Flush();
            }
        }

        private static string LevelName(LogLevel level) => level switch
        {
            LogLevel.Trace => "trce",
            LogLevel.Debug => "dbug",
            LogLevel.Information => "info",
            LogLevel.Warning => "warn",
            LogLevel.Error => "fail",
            _ => "crit",
        };
    }
}
