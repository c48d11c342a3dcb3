using System.Diagnostics;
using System.Text;
using System.Text.Json.Nodes;

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
        using var process = StartListing("check", CliRunner.Input(input));
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();

        Assert.True(expected == process.ExitCode, $"exit {process.ExitCode}\n{await stdout}\n{await stderr}");
    }

    [Fact]
    public async Task Listing_lsp_serves_the_language_server_and_exits_0_after_shutdown_and_exit()
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(60));
        using var process = StartListing("lsp", "--stdio");
        try
        {
            var input = process.StandardInput.BaseStream;
            var output = process.StandardOutput.BaseStream;
            await Send(input, """{"jsonrpc":"2.0","id":1,"method":"initialize","params":{"processId":null,"rootUri":null,"capabilities":{}}}""");
            await ReadResponse(output, 1, timeout.Token);
            await Send(input, """{"jsonrpc":"2.0","method":"initialized","params":{}}""");
            await Send(input, """{"jsonrpc":"2.0","id":2,"method":"shutdown"}""");
            await ReadResponse(output, 2, timeout.Token);
            await Send(input, """{"jsonrpc":"2.0","method":"exit"}""");
            await process.WaitForExitAsync(timeout.Token);

            Assert.Equal(0, process.ExitCode);
        }
        finally
        {
            if (!process.HasExited)
            {
                process.Kill();
            }
        }
    }

    /// <summary>listing.dll sits beside the tests (project reference); `dotnet listing.dll` is what the apphost runs.</summary>
    private static Process StartListing(params string[] args) =>
        Process.Start(new ProcessStartInfo("dotnet", [Path.Combine(AppContext.BaseDirectory, "listing.dll"), .. args])
        {
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        })!;

    private static async Task Send(Stream input, string json)
    {
        var body = Encoding.UTF8.GetBytes(json);
        await input.WriteAsync(Encoding.ASCII.GetBytes($"Content-Length: {body.Length}\r\n\r\n"));
        await input.WriteAsync(body);
        await input.FlushAsync();
    }

    /// <summary>Reads frames until the response with this id (the server may send notifications first).</summary>
    private static async Task ReadResponse(Stream output, int id, CancellationToken cancellationToken)
    {
        while (true)
        {
            var header = new StringBuilder();
            var one = new byte[1];
            while (!header.ToString().EndsWith("\r\n\r\n", StringComparison.Ordinal))
            {
                Assert.Equal(1, await output.ReadAsync(one, cancellationToken));
                header.Append((char)one[0]);
            }
            var length = int.Parse(header.ToString().Split("Content-Length:")[1].Split("\r\n")[0].Trim());
            var body = new byte[length];
            await output.ReadExactlyAsync(body, cancellationToken);
            if ((int?)JsonNode.Parse(body)!["id"] == id)
            {
                return;
            }
        }
    }
}
