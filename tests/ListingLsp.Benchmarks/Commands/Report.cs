namespace ListingLsp.Benchmarks.Commands;

/// <summary>Formatting shared by the measurement verbs (their output is pasted into docs/performance.md).</summary>
internal static class Report
{
    public static string Size(long bytes) => bytes switch
    {
        >= 1L << 30 => $"{bytes / (double)(1L << 30):F2} GiB",
        >= 1L << 20 => $"{bytes / (double)(1L << 20):F1} MiB",
        >= 1L << 10 => $"{bytes / (double)(1L << 10):F1} KiB",
        _ => $"{bytes} B",
    };

    public static string Time(TimeSpan time) => time.TotalMilliseconds switch
    {
        >= 1_000 => $"{time.TotalSeconds:F2} s",
        >= 1 => $"{time.TotalMilliseconds:F1} ms",
        _ => $"{time.TotalMicroseconds:F0} us",
    };

    /// <summary>Nearest-rank percentile of unsorted samples.</summary>
    public static TimeSpan Percentile(IReadOnlyList<TimeSpan> samples, double percent)
    {
        var sorted = samples.Order().ToArray();
        var rank = (int)Math.Ceiling(percent / 100 * sorted.Length);
        return sorted[Math.Clamp(rank - 1, 0, sorted.Length - 1)];
    }

    public static string Entries(int entries) => entries % 1_000 == 0 ? $"{entries / 1_000}k" : entries.ToString();
}
