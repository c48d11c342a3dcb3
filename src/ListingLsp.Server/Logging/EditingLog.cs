using Microsoft.Extensions.Logging;

namespace ListingLsp.Server.Logging;

/// <summary>The editing features' log messages (source-generated, like <see cref="Log"/>).</summary>
internal static partial class EditingLog
{
    [LoggerMessage(Level = LogLevel.Information, Message = "listing settings applied")]
    public static partial void SettingsApplied(this ILogger logger);

    [LoggerMessage(Level = LogLevel.Warning, Message = "reading the listing settings failed: {Reason}")]
    public static partial void SettingsUnreadable(this ILogger logger, string reason);

    [LoggerMessage(Level = LogLevel.Debug, Message = "the client refused {Method}: {Reason}")]
    public static partial void ClientRefused(this ILogger logger, string method, string reason);

    [LoggerMessage(Level = LogLevel.Warning, Message = "{Uri} could not be read: {Reason}")]
    public static partial void Unreadable(this ILogger logger, string uri, string reason);
}
