using System.Diagnostics;

namespace ListingLsp.Server.Tests.Infrastructure;

/// <summary>
/// The built <c>listing lsp</c> (the CLI's output, copied beside the tests by the project reference),
/// spawned as an editor spawns it, with stdin/stdout carrying the protocol and stderr collected.
/// </summary>
public sealed class ServerProcess : IAsyncDisposable
{
    private readonly Process process;
    private readonly Task<string> stderr;

    private ServerProcess(Process process)
    {
        this.process = process;
        stderr = process.StandardError.ReadToEndAsync();
        Client = LspTestClient.Attach(process.StandardInput.BaseStream, process.StandardOutput.BaseStream, ExitCodeAsync());
    }

    public LspTestClient Client { get; }

    public Process Process => process;

    public Task<string> StandardError => stderr;

    /// <summary>
    /// Start <c>listing lsp</c>: the CLI built beside the tests, or the executable named by
    /// LISTING_LSP_SERVER (to run these tests against a published build, e.g. the NativeAOT one).
    /// </summary>
    public static ServerProcess Start(params string[] serverArgs)
    {
        var published = Environment.GetEnvironmentVariable("LISTING_LSP_SERVER");
        var cli = Path.Combine(AppContext.BaseDirectory, "listing.dll");
        Assert.True(published is not null || File.Exists(cli), $"the CLI is not built beside the tests: {cli}");
        var start = new ProcessStartInfo(published ?? "dotnet")
        {
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        if (published is null)
        {
            start.ArgumentList.Add(cli);
        }
        start.ArgumentList.Add("lsp");
        foreach (var arg in serverArgs)
        {
            start.ArgumentList.Add(arg);
        }
        return new ServerProcess(Process.Start(start)!);
    }

    public async ValueTask DisposeAsync()
    {
        if (!process.HasExited)
        {
            process.Kill(entireProcessTree: true);
        }
        await process.WaitForExitAsync();
        process.Dispose();
    }

    private async Task<int> ExitCodeAsync()
    {
        await process.WaitForExitAsync();
        return process.ExitCode;
    }
}
