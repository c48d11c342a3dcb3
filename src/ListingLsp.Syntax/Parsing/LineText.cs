namespace ListingLsp.Syntax.Parsing;

/// <summary>Char classes the line grammar shares. White space inside the format is spaces and tabs.</summary>
internal static class LineText
{
    public static bool IsSpaceOrTab(char c) => c is ' ' or '\t';

    /// <summary>Empty or only spaces and tabs.</summary>
    public static bool IsBlank(ReadOnlySpan<char> line) => line.IndexOfAnyExcept(' ', '\t') < 0;

    /// <summary>Length without trailing spaces and tabs.</summary>
    public static int TrimmedLength(ReadOnlySpan<char> line) => line.LastIndexOfAnyExcept(' ', '\t') + 1;

    public static bool IsAsciiUpper(char c) => (uint)(c - 'A') <= 'Z' - 'A';

    public static bool IsAsciiDigit(char c) => (uint)(c - '0') <= 9;

    public static bool IsAsciiLetter(char c) => (uint)((c | 0x20) - 'a') <= 'z' - 'a';

    public static int LeadingDigits(ReadOnlySpan<char> text)
    {
        var n = 0;
        while (n < text.Length && IsAsciiDigit(text[n]))
        {
            n++;
        }
        return n;
    }

    public static int LeadingSpacesOrTabs(ReadOnlySpan<char> text)
    {
        var n = text.IndexOfAnyExcept(' ', '\t');
        return n < 0 ? text.Length : n;
    }
}
