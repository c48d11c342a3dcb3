using ListingLsp.Cli.Export;

namespace ListingLsp.Cli.Tests;

public class CsvTests
{
    [Theory]
    [InlineData("plain", "plain")]
    [InlineData("a, b", "\"a, b\"")]
    [InlineData("say \"hi\"", "\"say \"\"hi\"\"\"")]
    [InlineData(" padded", "\" padded\"")]
    [InlineData("two\nlines", "\"two\nlines\"")]
    public void Fields_are_quoted_only_when_needed(string field, string expected) =>
        Assert.Equal(expected, CsvExporter.Quote(field));
}
