namespace ListingLsp.Cli;

internal static class ExitCodes
{
    public const int Success = 0;

    /// <summary>Problems were found (check), or a file is not formatted (format --check).</summary>
    public const int Problems = 1;

    /// <summary>Bad usage, or a file could not be read or written.</summary>
    public const int UsageOrIo = 2;
}
