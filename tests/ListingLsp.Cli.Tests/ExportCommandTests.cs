using ListingLsp.Tests.Shared;

namespace ListingLsp.Cli.Tests;

public class ExportCommandTests
{
    [Theory]
    [InlineData("json", "export/papers.json")]
    [InlineData("csv", "export/papers.csv")]
    [InlineData("bibtex", "export/papers.bib")]
    public async Task Export_matches_its_baseline(string format, string expected)
    {
        var run = await CliRunner.RunAsync("export", "--to", format, CliRunner.Input("export/papers.listing"));

        Assert.Equal(0, run.ExitCode);
        Assert.Equal("", run.Stderr);
        Baseline.Verify(expected, run.Stdout);
    }

    [Fact]
    public async Task Csv_rows_end_in_crlf_as_rfc_4180_says()
    {
        var run = await CliRunner.RunAsync("export", "--to", "csv", CliRunner.Input("export/papers.listing"));

        Assert.StartsWith("line,category,date,code,title,authors,etAl,orgs,abstract\r\n", run.Stdout);
    }

    [Fact]
    public async Task Export_of_a_folder_exits_2_and_says_so()
    {
        var folder = CliRunner.Input("export");

        var run = await CliRunner.RunAsync("export", "--to", "csv", folder);

        Assert.Equal(2, run.ExitCode);
        Assert.Equal($"listing: {folder}: cannot read: is a folder\n", run.Stderr);
    }

    [Fact]
    public async Task Export_of_a_missing_file_exits_2()
    {
        var run = await CliRunner.RunAsync("export", "--to", "json", "/nonexistent/dir/papers.listing");

        Assert.Equal(2, run.ExitCode);
        Assert.Equal("listing: /nonexistent/dir/papers.listing: cannot read: no such file\n", run.Stderr);
    }
}
