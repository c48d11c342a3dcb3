using ListingLsp.Tests.Shared;

namespace ListingLsp.Cli.Tests;

/// <summary>The README's quick start: the shipped examples show what they promise.</summary>
public class ExamplesTests
{
    private static readonly string ExamplesDir = Path.Combine(SharedFormat.RepoRoot(), "examples");

    [Fact]
    public async Task The_sample_listing_shows_the_problems_the_examples_readme_lists()
    {
        var run = await CliRunner.RunAsync("check", "--format", "json", ExamplesDir);

        Assert.Equal(1, run.ExitCode);
        foreach (var code in new[] { "LST001", "LST012", "LST013", "LST014", "LST030" })
        {
            Assert.Contains($"\"code\": \"{code}\"", run.Stdout);
        }
        // The ignore directive in papers.listing silences LST031 on its entry.
        Assert.DoesNotContain("LST031", run.Stdout);
    }

    [Fact]
    public async Task The_clean_example_has_nothing_to_report()
    {
        var run = await CliRunner.RunAsync("check", Path.Combine(ExamplesDir, "clean.listing"));

        Assert.Equal(0, run.ExitCode);
        Assert.Equal("0 errors, 0 warnings in 1 file\n", run.Stdout);
    }
}
