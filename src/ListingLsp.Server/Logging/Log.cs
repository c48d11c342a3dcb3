using Microsoft.Extensions.Logging;

namespace ListingLsp.Server.Logging;

/// <summary>The server's log messages (source-generated: no formatting cost when a level is off).</summary>
internal static partial class Log
{
    [LoggerMessage(Level = LogLevel.Information, Message = "initialize from {Client}: encoding {Encoding}, {Diagnostics} diagnostics, {Folders} workspace folder(s)")]
    public static partial void Initialized(this ILogger logger, string client, string encoding, string diagnostics, int folders);

    [LoggerMessage(Level = LogLevel.Debug, Message = "{Method}: {Uri} is not open")]
    public static partial void NotOpen(this ILogger logger, string method, string uri);

    [LoggerMessage(Level = LogLevel.Debug, Message = "{Method} dropped: the server is not running")]
    public static partial void Dropped(this ILogger logger, string method);

    [LoggerMessage(Level = LogLevel.Debug, Message = "{Method} took {Elapsed:F1} ms")]
    public static partial void Handled(this ILogger logger, string method, double elapsed);

    [LoggerMessage(Level = LogLevel.Debug, Message = "{Method} cancelled")]
    public static partial void Cancelled(this ILogger logger, string method);

    [LoggerMessage(Level = LogLevel.Information, Message = "indexed {Count} listing file(s)")]
    public static partial void Indexed(this ILogger logger, int count);

    [LoggerMessage(Message = "{Message}")]
    public static partial void Relay(this ILogger logger, LogLevel level, string? message);
}
