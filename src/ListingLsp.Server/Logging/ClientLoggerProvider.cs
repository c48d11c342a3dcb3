using ListingLsp.Server.Protocol;
using ListingLsp.Server.Rpc;
using Microsoft.Extensions.Logging;

namespace ListingLsp.Server.Logging;

/// <summary>
/// Logs to the client: information and above as <c>window/logMessage</c> (the client's output
/// channel); debug and trace as <c>$/logTrace</c>, only while the client's trace setting
/// (initialize's <c>trace</c>, then <c>$/setTrace</c>) asks for messages or verbose.
/// Exceptions travel as their one-line message; the stack trace stays on stderr.
/// </summary>
internal sealed class ClientLoggerProvider(ClientChannel client, ServerLifecycle lifecycle) : ILoggerProvider
{
    private string Trace => lifecycle.Trace;

    [ThreadStatic]
    private static bool sending;

    public ILogger CreateLogger(string categoryName) => new Logger(this);

    public void Dispose()
    {
    }

    private void Send(LogLevel level, string message, Exception? exception)
    {
        // A failure while sending must not log itself back into the channel.
        if (sending || !client.IsConnected)
        {
            return;
        }
        sending = true;
        try
        {
            var text = exception is null ? message : $"{message} ({exception.GetType().Name}: {exception.Message})";
            if (level >= LogLevel.Information)
            {
                var type = level switch
                {
                    LogLevel.Information => MessageType.Info,
                    LogLevel.Warning => MessageType.Warning,
                    _ => MessageType.Error,
                };
                client.Notify("window/logMessage", new LogMessageParams(type, text), LspJsonContext.Default.LogMessageParams);
            }
            else if (Trace == TraceValue.Verbose || (Trace == TraceValue.Messages && level == LogLevel.Debug))
            {
                client.Notify("$/logTrace", new LogTraceParams(text), LspJsonContext.Default.LogTraceParams);
            }
        }
        finally
        {
            sending = false;
        }
    }

    private sealed class Logger(ClientLoggerProvider provider) : ILogger
    {
        public IDisposable? BeginScope<TState>(TState state)
            where TState : notnull => null;

        public bool IsEnabled(LogLevel logLevel) =>
            logLevel >= LogLevel.Information ? logLevel != LogLevel.None : provider.Trace != TraceValue.Off;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
        {
            if (IsEnabled(logLevel))
            {
                provider.Send(logLevel, formatter(state, exception), exception);
            }
        }
    }
}
