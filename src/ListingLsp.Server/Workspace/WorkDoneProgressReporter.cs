using ListingLsp.Server.Protocol;
using ListingLsp.Server.Rpc;

namespace ListingLsp.Server.Workspace;

/// <summary>Server-initiated work-done progress: window/workDoneProgress/create, then $/progress begin, report (percentage), end.</summary>
internal sealed class WorkDoneProgressReporter : IDisposable
{
    private readonly ClientChannel client;
    private readonly string token;
    private int percentage = -1;
    private bool ended;

    private WorkDoneProgressReporter(ClientChannel client, string token)
    {
        this.client = client;
        this.token = token;
    }

    /// <summary>Null when the client declines the token (then the work runs without progress).</summary>
    public static async Task<WorkDoneProgressReporter?> StartAsync(ClientChannel client, string title, CancellationToken cancellationToken)
    {
        var token = $"listing/{Guid.NewGuid():N}";
        try
        {
            await client.RequestAsync("window/workDoneProgress/create", new WorkDoneProgressCreateParams(token), LspJsonContext.Default.WorkDoneProgressCreateParams, cancellationToken)
                .ConfigureAwait(false);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            return null;
        }
        var reporter = new WorkDoneProgressReporter(client, token);
        reporter.Send(new WorkDoneProgress { Kind = "begin", Title = title, Percentage = 0, Cancellable = false });
        return reporter;
    }

    /// <summary>Sends a report only when the whole percentage moves, so large workspaces do not flood the client.</summary>
    public void Report(int percent, string message)
    {
        if (percent != percentage)
        {
            percentage = percent;
            Send(new WorkDoneProgress { Kind = "report", Percentage = percent, Message = message });
        }
    }

    public void End(string message)
    {
        if (!ended)
        {
            ended = true;
            Send(new WorkDoneProgress { Kind = "end", Message = message });
        }
    }

    public void Dispose() => End("stopped");

    private void Send(WorkDoneProgress value) =>
        client.Notify("$/progress", new ProgressParams<WorkDoneProgress>(token, value), LspJsonContext.Default.ProgressParamsWorkDoneProgress);
}
