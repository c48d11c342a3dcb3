using ListingLsp.Syntax.Parsing;

namespace ListingLsp.Syntax.Tests.Parsing;

public class HeaderLexerTests
{
    [Theory]
    [InlineData("CLAug 8, 2025")]
    [InlineData("MLMar 24, 2023Code")]
    [InlineData("XQFeb 30, 2024")]
    [InlineData("CLAug 32, 2025")]
    [InlineData("CLAug 8, 2025  ")]
    public void Valid_headers(string line) => Assert.True(HeaderLexer.IsValidHeader(line));

    [Theory]
    [InlineData("CLAug 08, 2025")]
    [InlineData("CLAugust 8, 2025")]
    [InlineData("CLAug 8 2025")]
    [InlineData("XYZAug 8, 2025")]
    [InlineData("CLaug 8, 2025")]
    [InlineData("CLAug 8, 25")]
    [InlineData("CLAug 8, 2025Codex")]
    [InlineData("CLAug 8, 2025 Code")]
    [InlineData("CLAug 123, 2025")]
    [InlineData("Aug 8, 2025")]
    public void Not_valid_headers(string line) => Assert.False(HeaderLexer.IsValidHeader(line));

    [Theory]
    [InlineData("CL", 2)]
    [InlineData("CLCode", 2)]
    [InlineData("CLAug 8, 2025", 2)]
    [InlineData("XYZAug 8, 2025", 3)]
    [InlineData("ABCDE", 5)]
    [InlineData("CLMAR 8, 2025", 2)]
    [InlineData("DECDec 5, 2025", 3)]
    [InlineData("CL2025-08-08", 2)]
    [InlineData("Aug 8, 2025", 0)]
    [InlineData("september 8", 0)]
    [InlineData("ABCDEFAug 8, 2025", -1)]
    [InlineData("CAug 8, 2025", -1)]
    [InlineData("CL Aug 8, 2025", -1)]
    [InlineData("Augment 8", -1)]
    [InlineData("Aug", -1)]
    [InlineData("Hello world", -1)]
    public void Category_is_the_run_before_a_month_digit_or_code(string line, int length) =>
        Assert.Equal(length, HeaderLexer.CategoryLength(line));

    [Theory]
    [InlineData("Aug 8, 2025", "Aug 8, 2025")]
    [InlineData("Aug 8, 2025Code", "Aug 8, 2025")]
    [InlineData("August 8, 2025", "August 8, 2025")]
    [InlineData("Sept 8, 2025", "Sept 8, 2025")]
    [InlineData("2025-08-08", "2025-08-08")]
    [InlineData("08/08/2025 x", "08/08/2025")]
    [InlineData("Aug 8,", "Aug 8")]
    [InlineData("Aug 8, 2025, 2026", "Aug 8, 2025")]
    [InlineData("Aug. 8, 2025", "Aug. 8, 2025")]
    [InlineData("Aug8 2025", "Aug8 2025")]
    [InlineData("Code", "")]
    [InlineData("8Aug", "8Aug")]
    [InlineData("8 8 Code", "8 8")]
    public void Date_extends_over_a_loose_date(string text, string date) =>
        Assert.Equal(date.Length, HeaderLexer.DateLength(text));

    [Theory]
    [InlineData("CLAug 8, 2025 and then a long tail of words that goes on", false)]
    [InlineData("TODO", true)]
    [InlineData("OK then", false)]
    [InlineData("Aug 8 is the day", true)]
    public void Header_like_lines(string line, bool expected) => Assert.Equal(expected, HeaderLexer.IsHeaderLike(line));
}
