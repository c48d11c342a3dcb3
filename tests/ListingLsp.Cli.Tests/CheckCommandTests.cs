using ListingLsp.Tests.Shared;

namespace ListingLsp.Cli.Tests;

public class CheckCommandTests
{
    private static readonly string InputDir = CliRunner.Input("check/input");

    [Theory]
    [InlineData("text", "check/expected/check.txt")]
    [InlineData("json", "check/expected/check.json")]
    [InlineData("sarif", "check/expected/check.sarif")]
    [InlineData("github", "check/expected/check.github.txt")]
    public async Task Every_output_format_matches_its_baseline(string format, string expected)
    {
        var run = await CliRunner.RunAsync("check", "--format", format, InputDir);

        Assert.Equal(1, run.ExitCode);
        Assert.Equal("", run.Stderr);
        Baseline.Verify(expected, CliRunner.RelativeToBaselines(run.Stdout));
    }

    [Fact]
    public async Task A_clean_file_exits_0_with_a_summary()
    {
        var run = await CliRunner.RunAsync("check", CliRunner.Input("check/input/clean.listing"));

        Assert.Equal(0, run.ExitCode);
        Assert.Equal("0 errors, 0 warnings in 1 file\n", run.Stdout);
    }

    [Fact]
    public async Task Warnings_fail_the_run_only_with_warnings_as_errors()
    {
        var file = CliRunner.Input("check/warnings/warnings-only.listing");

        var plain = await CliRunner.RunAsync("check", file);
        var strict = await CliRunner.RunAsync("check", "--warnings-as-errors", file);

        Assert.Equal(0, plain.ExitCode);
        Assert.Contains("warning LST014", plain.Stdout);
        Assert.Equal(1, strict.ExitCode);
    }

    [Theory]
    [InlineData("check")]
    [InlineData("check", "--format", "xml", "a.listing")]
    [InlineData("check", "--no-such-option", "a.listing")]
    [InlineData("frobnicate")]
    [InlineData("export", "a.listing")]
    public async Task Bad_usage_exits_2_with_a_message_on_stderr(params string[] args)
    {
        var run = await CliRunner.RunAsync(args);

        Assert.Equal(2, run.ExitCode);
        Assert.Equal("", run.Stdout);
        Assert.StartsWith("listing: ", run.Stderr);
    }

    [Fact]
    public async Task A_missing_file_exits_2_naming_it_and_the_other_files_are_still_checked()
    {
        using var temp = new TempDir();
        var missing = Path.Combine(temp.Path, "missing.listing");
        var other = temp.Copy("check/input/mixed.listing");

        var run = await CliRunner.RunAsync("check", missing, other);

        Assert.Equal(2, run.ExitCode);
        Assert.Equal($"listing: {missing}: cannot read: no such file\n", run.Stderr);
        Assert.Contains("mixed.listing:8:1: error LST001", run.Stdout);
    }

    [Fact]
    public async Task An_unreadable_listing_found_in_a_folder_exits_2_and_its_neighbours_are_still_checked()
    {
        using var temp = new TempDir();
        temp.Copy("check/input/mixed.listing");
        // A link to nowhere is listed like a file but cannot be opened (permissions do not stop root).
        var broken = Path.Combine(temp.Path, "broken.listing");
        File.CreateSymbolicLink(broken, Path.Combine(temp.Path, "gone"));

        var run = await CliRunner.RunAsync("check", "--format", "json", temp.Path);

        Assert.Equal(2, run.ExitCode);
        Assert.Contains($"listing: {broken}: cannot read", run.Stderr);
        Assert.Contains("\"code\": \"LST001\"", run.Stdout);
    }

    [Fact]
    public async Task A_file_that_is_not_utf8_is_refused_by_check_and_left_untouched_by_fix_and_format()
    {
        using var temp = new TempDir();
        byte[] latin1 = [.. "CLAug 8, 2024\nCaf"u8, 0xE9, .. " TitlesJune Alder\nAbstract.\n"u8];
        var file = temp.Write("latin1.listing", latin1);

        var check = await CliRunner.RunAsync("check", file);
        var fix = await CliRunner.RunAsync("fix", file);
        var format = await CliRunner.RunAsync("format", file);

        Assert.All(new[] { check, fix, format }, run => Assert.Equal(2, run.ExitCode));
        Assert.Equal($"listing: {file}: cannot read: not valid UTF-8 (byte offset 17)\n", check.Stderr);
        Assert.Equal(latin1, File.ReadAllBytes(file));
    }

    [Fact]
    public async Task Help_describes_the_commands()
    {
        var run = await CliRunner.RunAsync("--help");

        Assert.Equal(0, run.ExitCode);
        foreach (var command in new[] { "check", "fix", "format", "export", "lsp" })
        {
            Assert.Contains(command, run.Stdout);
        }
    }
}
