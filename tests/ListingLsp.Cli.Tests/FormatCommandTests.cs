using System.Text;
using ListingLsp.Tests.Shared;

namespace ListingLsp.Cli.Tests;

public class FormatCommandTests
{
    [Fact]
    public async Task Format_rewrites_the_file_in_place()
    {
        using var temp = new TempDir();
        var file = temp.Copy("format/messy.listing");

        var run = await CliRunner.RunAsync("format", file);

        Assert.Equal(0, run.ExitCode);
        Assert.Equal($"formatted {file}\nformatted 1 of 1 file\n", run.Stdout);
        Baseline.Verify("format/messy.formatted.listing", File.ReadAllText(file));
    }

    [Fact]
    public async Task Format_check_prints_a_unified_diff_exits_1_and_changes_nothing()
    {
        using var temp = new TempDir();
        var file = temp.Copy("format/messy.listing");
        var before = File.ReadAllText(file);

        var run = await CliRunner.RunAsync("format", "--check", file);

        Assert.Equal(1, run.ExitCode);
        Assert.Equal(before, File.ReadAllText(file));
        Baseline.Verify("format/messy.diff", temp.Relative(run.Stdout));
        Assert.Equal("1 of 1 file not formatted (run listing format to fix)\n", run.Stderr);
    }

    [Fact]
    public async Task Format_check_passes_once_the_file_is_formatted()
    {
        using var temp = new TempDir();
        var file = temp.Copy("format/messy.listing");
        await CliRunner.RunAsync("format", file);

        var run = await CliRunner.RunAsync("format", "--check", temp.Path);

        Assert.Equal(0, run.ExitCode);
        Assert.Equal("", run.Stdout);
    }

    [Fact]
    public async Task Format_keeps_the_byte_order_mark_and_crlf_line_endings()
    {
        using var temp = new TempDir();
        var lf = File.ReadAllText(CliRunner.Input("format/messy.listing"));
        var file = temp.Write("crlf.listing", [0xEF, 0xBB, 0xBF, .. Encoding.UTF8.GetBytes(lf.Replace("\n", "\r\n"))]);

        await CliRunner.RunAsync("format", file);

        var bytes = File.ReadAllBytes(file);
        Assert.Equal([0xEF, 0xBB, 0xBF], bytes[..3]);
        var expected = Baseline.Read("format/messy.formatted.listing").Replace("\r\n", "\n").Replace("\n", "\r\n");
        Assert.Equal(expected, Encoding.UTF8.GetString(bytes[3..]));
    }
}
