namespace ListingLsp.Syntax.Parsing;

/// <summary>English month names as the header grammar recognises them.</summary>
internal static class MonthNames
{
    private static readonly string[] Full =
    [
        "january", "february", "march", "april", "may", "june",
        "july", "august", "september", "october", "november", "december",
    ];

    /// <summary>
    /// Length of the ASCII letter run at the start when it is a month name in any spelling: at least
    /// three letters that begin a month's full name, any case (<c>Aug</c>, <c>AUGUST</c>, <c>Sept</c>);
    /// otherwise 0 (<c>Augx</c>, <c>Ma</c>).
    /// </summary>
    public static int LooseLength(ReadOnlySpan<char> text)
    {
        var n = 0;
        while (n < text.Length && LineText.IsAsciiLetter(text[n]))
        {
            n++;
        }
        if (n < 3)
        {
            return 0;
        }
        foreach (var name in Full)
        {
            if (n <= name.Length && StartsWithIgnoringAsciiCase(name, text[..n]))
            {
                return n;
            }
        }
        return 0;
    }

    // Headers are lexed on every parse: a char loop that rejects on the first letter beats a
    // culture-free string comparison per month.
    private static bool StartsWithIgnoringAsciiCase(string name, ReadOnlySpan<char> letters)
    {
        for (var i = 0; i < letters.Length; i++)
        {
            if ((letters[i] | 0x20) != name[i])
            {
                return false;
            }
        }
        return true;
    }

    /// <summary>True for the exact three-letter form of the header (<c>Jan</c> ... <c>Dec</c>).</summary>
    public static bool IsExactAbbreviation(ReadOnlySpan<char> text)
    {
        foreach (var abbreviation in Abbreviations)
        {
            if (text.SequenceEqual(abbreviation))
            {
                return true;
            }
        }
        return false;
    }

    private static readonly string[] Abbreviations =
        ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];
}
