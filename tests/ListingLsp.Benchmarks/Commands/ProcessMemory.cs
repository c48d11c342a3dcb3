using System.Diagnostics;

namespace ListingLsp.Benchmarks.Commands;

/// <summary>Peak resident memory of a child process, from Linux's /proc/&lt;pid&gt;/status.</summary>
internal static class ProcessMemory
{
    /// <summary>VmHWM (the peak resident set) in bytes; null once the process is gone or off Linux.</summary>
    public static long? PeakBytes(int pid)
    {
        try
        {
            foreach (var line in File.ReadLines($"/proc/{pid}/status"))
            {
                if (line.StartsWith("VmHWM:", StringComparison.Ordinal))
                {
                    return long.Parse(line["VmHWM:".Length..].Trim().Split(' ')[0]) * 1024;
                }
            }
        }
        catch (IOException)
        {
        }
        catch (UnauthorizedAccessException)
        {
        }
        return null;
    }

    /// <summary>Samples the peak every few milliseconds until the process exits (VmHWM only grows, so the last sample is within a few ms of the end).</summary>
    public static async Task<long> WatchPeakAsync(Process process)
    {
        long peak = 0;
        while (!process.HasExited)
        {
            peak = Math.Max(peak, PeakBytes(process.Id) ?? 0);
            await Task.Delay(2);
        }
        return peak;
    }
}
