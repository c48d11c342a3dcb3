using System.Diagnostics;

namespace ListingLsp.Cli.Tests;

/// <summary>The real program, started as a process: the exit code the shell sees.</summary>
public class ProcessTests
{
    [Theory]
    [InlineData(0, "check/input/clean.listing")]
    [InlineData(1, "check/input/mixed.listing")]
    [InlineData(2, "check/input/does-not-exist.listing")]
    public async Task The_built_listing_exits_with_the_documented_code(int expected, string input)
    {
        // listing.dll sits beside the tests (project reference); `dotnet listing.dll` is what the apphost runs.
        var start = new ProcessStartInfo("dotnet", [Path.Combine(AppContext.BaseDirectory, "listing.dll"), "check", CliRunner.Input(input)])
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        using var process = Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();

        Assert.True(expected == process.ExitCode, $"exit {process.ExitCode}\n{await stdout}\n{await stderr}");
    }
}
