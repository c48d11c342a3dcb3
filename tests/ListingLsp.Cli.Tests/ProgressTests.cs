namespace ListingLsp.Cli.Tests;

public class ProgressTests
{
    [Fact]
    public async Task Many_files_on_a_terminal_show_progress_on_stderr_and_erase_it_before_the_report()
    {
        using var temp = new TempDir();
        for (var i = 0; i < 60; i++)
        {
            temp.Copy("check/input/clean.listing", $"clean{i:D2}.listing");
        }
        using var stdout = new StringWriter();
        using var stderr = new StringWriter();

        var code = await ListingCli.RunAsync(["check", temp.Path], new CliContext(stdout, stderr, ErrorIsTerminal: true));

        Assert.Equal(0, code);
        Assert.StartsWith("\rchecked ", stderr.ToString());
        Assert.EndsWith("/60 files\r\x1b[2K", stderr.ToString());
        Assert.Equal("0 errors, 0 warnings in 60 files\n", stdout.ToString());
    }
}
