using System.Text;
using ListingLsp.Tests.Shared;

namespace ListingLsp.Cli.Tests;

public class FixCommandTests
{
    [Fact]
    public async Task Fix_rewrites_the_file_in_place_and_reports_what_it_fixed()
    {
        using var temp = new TempDir();
        var file = temp.Copy("fix/fixable.listing");

        var run = await CliRunner.RunAsync("fix", temp.Path);

        // The missing date has no safe fix: the error is left, so the run fails as check would.
        Assert.Equal(1, run.ExitCode);
        Baseline.Verify("fix/fixable.fixed.listing", File.ReadAllText(file));
        Baseline.Verify("fix/fixable.stdout.txt", temp.Relative(run.Stdout));
    }

    [Fact]
    public async Task After_fix_no_safe_fix_is_left_and_a_second_run_changes_nothing()
    {
        using var temp = new TempDir();
        var file = temp.Copy("fix/fixable.listing");
        await CliRunner.RunAsync("fix", file);
        var once = File.ReadAllText(file);

        var again = await CliRunner.RunAsync("fix", file);

        Assert.Equal(once, File.ReadAllText(file));
        Assert.Equal("fixed 0 problems in 0 files; 1 problem left (run listing check to see them)\n", again.Stdout);
    }

    [Fact]
    public async Task Fix_keeps_the_byte_order_mark_and_crlf_line_endings()
    {
        using var temp = new TempDir();
        var lf = File.ReadAllText(CliRunner.Input("fix/fixable.listing"));
        var file = temp.Write("crlf.listing", [0xEF, 0xBB, 0xBF, .. Encoding.UTF8.GetBytes(lf.Replace("\n", "\r\n"))]);

        await CliRunner.RunAsync("fix", file);

        var bytes = File.ReadAllBytes(file);
        Assert.Equal([0xEF, 0xBB, 0xBF], bytes[..3]);
        var expected = Baseline.Read("fix/fixable.fixed.listing").Replace("\r\n", "\n").Replace("\n", "\r\n");
        Assert.Equal(expected, Encoding.UTF8.GetString(bytes[3..]));
    }

    [Fact]
    public async Task Fix_on_a_missing_file_exits_2_and_writes_nothing()
    {
        using var temp = new TempDir();

        var run = await CliRunner.RunAsync("fix", Path.Combine(temp.Path, "nope.listing"));

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("nope.listing: cannot read: no such file", run.Stderr);
        Assert.Empty(Directory.EnumerateFileSystemEntries(temp.Path));
    }
}
