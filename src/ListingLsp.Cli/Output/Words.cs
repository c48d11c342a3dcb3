namespace ListingLsp.Cli.Output;

internal static class Words
{
    /// <summary>"1 file", "3 files".</summary>
    public static string Count(int n, string noun) => $"{n} {noun}{(n == 1 ? "" : "s")}";
}
