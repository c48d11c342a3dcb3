using System.Globalization;
using System.Runtime.CompilerServices;
using System.Text.RegularExpressions;

namespace ListingLsp.Analysis;

/// <summary>How a header's date text reads.</summary>
internal enum DateShape
{
    /// <summary><c>Mmm D, YYYY</c> and a real calendar date.</summary>
    Valid,
    /// <summary><c>Mmm D, YYYY</c> but no such day (LST003).</summary>
    NotACalendarDate,
    /// <summary>Another spelling (LST002); <see cref="DateReading.Intended"/> holds the date when it is clear.</summary>
    WrongForm,
}

internal readonly record struct DateReading(DateShape Shape, DateOnly? Date, DateOnly? Intended, int Year, int Month, int Day);

/// <summary>The listing date form <c>Mmm D, YYYY</c>: reading it strictly, and reading other spellings leniently for the fix.</summary>
internal static partial class ListingDate
{
    private static readonly string[] Months = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];

    public static string Format(DateOnly date) => $"{Months[date.Month - 1]} {date.Day}, {date.Year:D4}";

    public static string MonthName(int month) => CultureInfo.InvariantCulture.DateTimeFormat.GetMonthName(month);

    public static DateReading Read(string text)
    {
        if (TryReadStrict(text, out var y, out var mo, out var d))
        {
            var date = Make(y, mo, d);
            return new(date is null ? DateShape.NotACalendarDate : DateShape.Valid, date, date, y, mo, d);
        }
        var strict = StrictForm().Match(text);
        if (strict.Success)
        {
            var month = Array.IndexOf(Months, strict.Groups[1].Value) + 1;
            var day = int.Parse(strict.Groups[2].Value, CultureInfo.InvariantCulture);
            var year = int.Parse(strict.Groups[3].Value, CultureInfo.InvariantCulture);
            var date = Make(year, month, day);
            return new(date is null ? DateShape.NotACalendarDate : DateShape.Valid, date, date, year, month, day);
        }
        var intended = ReadLeniently(text);
        return new(DateShape.WrongForm, null, intended, 0, 0, 0);
    }

    /// <summary>
    /// The date a curator meant, when only one reading is possible: a month written as a name
    /// (any case, full, abbreviated, <c>Sept</c>, with a period), or ISO year-month-day; a day with
    /// or without a leading zero or ordinal suffix; a four-digit year; commas and spaces loose.
    /// Numeric day/month orders other than year-first are ambiguous and give null.
    /// </summary>
    public static DateOnly? ReadLeniently(string text)
    {
        var t = text.Trim();
        var iso = IsoForm().Match(t);
        if (iso.Success)
        {
            return Make(Int(iso.Groups[1].Value), Int(iso.Groups[2].Value), Int(iso.Groups[3].Value));
        }
        var monthFirst = MonthFirstForm().Match(t);
        if (monthFirst.Success)
        {
            var month = MonthNumber(monthFirst.Groups[1].Value);
            return month is null ? null : Make(Int(monthFirst.Groups[3].Value), month.Value, Int(monthFirst.Groups[2].Value));
        }
        var dayFirst = DayFirstForm().Match(t);
        if (dayFirst.Success)
        {
            var month = MonthNumber(dayFirst.Groups[2].Value);
            return month is null ? null : Make(Int(dayFirst.Groups[3].Value), month.Value, Int(dayFirst.Groups[1].Value));
        }
        return null;
    }

    /// <summary>Why a <c>Mmm D, YYYY</c> date is no calendar date, in a curator's words.</summary>
    public static string WhyNotACalendarDate(int year, int month, int day)
    {
        if (year < 1)
        {
            return "there is no year 0";
        }
        var days = DateTime.DaysInMonth(year, month);
        return month == 2 && days == 28 && day == 29
            ? $"{year} is not a leap year, February has 28 days"
            : $"{MonthName(month)} {(day > 31 ? "" : year + " ")}has {days} days";
    }

    /// <summary>The exact <c>Mmm D, YYYY</c> form without the regex (every entry has a date); anything else goes to the regex.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static bool TryReadStrict(ReadOnlySpan<char> t, out int year, out int month, out int day)
    {
        (year, month, day) = (0, 0, 0);
        var dayDigits = t.Length - 10;
        if (dayDigits is not (1 or 2) || t[3] != ' ' || !char.IsAsciiDigit(t[4]) || t[4] == '0' || (dayDigits == 2 && !char.IsAsciiDigit(t[5])))
        {
            return false;
        }
        var rest = t[(4 + dayDigits)..];
        if (rest[0] != ',' || rest[1] != ' ' || !char.IsAsciiDigit(rest[2]) || !char.IsAsciiDigit(rest[3]) || !char.IsAsciiDigit(rest[4]) || !char.IsAsciiDigit(rest[5]))
        {
            return false;
        }
        var name = t[..3];
        while (month < Months.Length && !name.SequenceEqual(Months[month]))
        {
            month++;
        }
        if (month++ == Months.Length)
        {
            return false;
        }
        day = dayDigits == 1 ? t[4] - '0' : (t[4] - '0') * 10 + t[5] - '0';
        year = (rest[2] - '0') * 1000 + (rest[3] - '0') * 100 + (rest[4] - '0') * 10 + rest[5] - '0';
        return true;
    }

    private static int? MonthNumber(string word)
    {
        var w = word.TrimEnd('.').ToLowerInvariant();
        if (w == "sept")
        {
            return 9;
        }
        for (var m = 1; m <= 12; m++)
        {
            var full = MonthName(m).ToLowerInvariant();
            if (w == full || (w.Length == 3 && full.StartsWith(w, StringComparison.Ordinal)))
            {
                return m;
            }
        }
        return null;
    }

    private static DateOnly? Make(int year, int month, int day) =>
        year is >= 1 and <= 9999 && month is >= 1 and <= 12 && day >= 1 && day <= DateTime.DaysInMonth(year, month)
            ? new DateOnly(year, month, day)
            : null;

    private static int Int(string digits) => int.Parse(digits, CultureInfo.InvariantCulture);

    [GeneratedRegex(@"^(Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec) ([1-9][0-9]?), ([0-9]{4})$", RegexOptions.CultureInvariant)]
    private static partial Regex StrictForm();

    [GeneratedRegex(@"^([0-9]{4})[-/.]([0-9]{1,2})[-/.]([0-9]{1,2})$", RegexOptions.CultureInvariant)]
    private static partial Regex IsoForm();

    [GeneratedRegex(@"^([A-Za-z]{3,9}\.?)\s*([0-9]{1,2})(?:st|nd|rd|th)?\s*,?\s*([0-9]{4})$", RegexOptions.CultureInvariant)]
    private static partial Regex MonthFirstForm();

    [GeneratedRegex(@"^([0-9]{1,2})(?:st|nd|rd|th)?\s*([A-Za-z]{3,9}\.?)\s*,?\s*([0-9]{4})$", RegexOptions.CultureInvariant)]
    private static partial Regex DayFirstForm();
}
