using System.Diagnostics;

namespace ListingLsp.Benchmarks.Commands;

/// <summary>How to start the built `listing` CLI: its apphost, or `dotnet listing.dll`.</summary>
internal static class CliProcess
{
    public static ProcessStartInfo StartInfo(string cli, params string[] arguments)
    {
        var viaDotnet = cli.EndsWith(".dll", StringComparison.OrdinalIgnoreCase);
        var start = new ProcessStartInfo(viaDotnet ? "dotnet" : Path.GetFullPath(cli))
        {
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        if (viaDotnet)
        {
            start.ArgumentList.Add(cli);
        }
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }
        return start;
    }
}
