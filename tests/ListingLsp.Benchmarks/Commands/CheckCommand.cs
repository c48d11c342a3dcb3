using System.Diagnostics;
using System.Text;
using ListingLsp.Benchmarks.Generation;

namespace ListingLsp.Benchmarks.Commands;

/// <summary>
/// `check --cli PATH [--entries 100000] [--runs 3]`: runs the built `listing check` on a generated
/// listing as a user would (process start, file read, analysis, output) and records its wall time
/// and peak resident memory, next to reading the same file and counting its line feeds in process.
/// </summary>
internal static class CheckCommand
{
    public static async Task<int> RunAsync(VerbOptions options)
    {
        var cli = options.Require("--cli");
        var runs = options.Get("--runs") is { } r ? int.Parse(r) : 3;
        Console.WriteLine("| entries | file | `listing check` wall time (median) | peak RSS (max) | peak / file | read + newline scan | ratio | exit code | diagnostics lines |");
        Console.WriteLine("|---|---|---|---|---|---|---|---|---|");
        foreach (var entries in options.Entries(100_000))
        {
            var path = Path.Combine(Path.GetTempPath(), $"listing-bench-{entries}.listing");
            await File.WriteAllTextAsync(path, ListingGenerator.Generate(entries).Text, new UTF8Encoding(false));
            var size = new FileInfo(path).Length;

            var times = new List<TimeSpan>();
            long peak = 0;
            int exitCode = 0, lines = 0;
            for (var run = 0; run < runs; run++)
            {
                var (time, runPeak, code, outputLines) = await RunCheckAsync(cli, path);
                times.Add(time);
                peak = Math.Max(peak, runPeak);
                (exitCode, lines) = (code, outputLines);
            }
            var scan = Enumerable.Range(0, runs).Select(_ => ReadAndScan(path)).Min();
            var median = Report.Percentile(times, 50);
            Console.WriteLine(
                $"| {Report.Entries(entries)} | {Report.Size(size)} | {Report.Time(median)} | {Report.Size(peak)} | {peak / (double)size:F2}x " +
                $"| {Report.Time(scan)} | {median / scan:F1}x | {exitCode} | {lines:N0} |");
        }
        return 0;
    }

    private static async Task<(TimeSpan Time, long Peak, int ExitCode, int Lines)> RunCheckAsync(string cli, string path)
    {
        var start = Stopwatch.GetTimestamp();
        using var process = Process.Start(CliProcess.StartInfo(cli, "check", path))!;
        var lines = 0;
        process.OutputDataReceived += (_, e) => lines += e.Data is null ? 0 : 1;
        process.ErrorDataReceived += (_, _) => { };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        var peak = await ProcessMemory.WatchPeakAsync(process);
        await process.WaitForExitAsync();
        return (Stopwatch.GetElapsedTime(start), peak, process.ExitCode, lines);
    }

    private static TimeSpan ReadAndScan(string path)
    {
        var start = Stopwatch.GetTimestamp();
        var count = File.ReadAllText(path).AsSpan().Count('\n');
        var elapsed = Stopwatch.GetElapsedTime(start);
        GC.KeepAlive(count);
        return elapsed;
    }
}
