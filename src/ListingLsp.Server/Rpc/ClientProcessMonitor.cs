using System.Diagnostics;
using Microsoft.Extensions.Logging;

namespace ListingLsp.Server.Rpc;

/// <summary>
/// Ends the server when the client process named in initialize dies (an editor that crashed cannot
/// send exit, and its pipe may outlive it). Polls, because there is no portable exit notification
/// for a process that is not our child.
/// </summary>
internal sealed class ClientProcessMonitor(ServerLifecycle lifecycle, ServerOptions options, ILogger<ClientProcessMonitor> logger) : IDisposable
{
    private readonly CancellationTokenSource stop = new();

    public void Watch(int processId) => _ = WatchAsync(processId);

    public void Dispose()
    {
        stop.Cancel();
        stop.Dispose();
    }

    private async Task WatchAsync(int processId)
    {
        using var timer = new PeriodicTimer(options.ClientProcessPollInterval);
        try
        {
            while (await timer.WaitForNextTickAsync(stop.Token).ConfigureAwait(false))
            {
                if (!IsAlive(processId))
                {
                    logger.LogWarning("the client process {ProcessId} has exited; stopping", processId);
                    lifecycle.Exit();
                    return;
                }
            }
        }
        catch (OperationCanceledException)
        {
            // the server is stopping anyway
        }
    }

    private static bool IsAlive(int processId)
    {
        try
        {
            using var process = Process.GetProcessById(processId);
            return !process.HasExited;
        }
        catch (ArgumentException)
        {
            return false;
        }
        catch (InvalidOperationException)
        {
            return false;
        }
    }
}
