using System.Reflection;
using ListingLsp.Server.Documents;
using ListingLsp.Server.Logging;
using ListingLsp.Server.Protocol;
using ListingLsp.Server.Rpc;
using ListingLsp.Server.Settings;
using ListingLsp.Server.Workspace;
using Microsoft.Extensions.Logging;

namespace ListingLsp.Server.Handlers;

/// <summary>initialize, initialized, shutdown, exit, $/setTrace.</summary>
internal sealed class LifecycleHandler(
    ServerLifecycle lifecycle,
    DocumentStore documents,
    WorkspaceService workspace,
    ClientProcessMonitor clientProcess,
    SettingsService settings,
    ILogger<LifecycleHandler> logger)
{
    /// <summary>Completion triggers: the space after " · " or ", " (org tags, authors).</summary>
    private static readonly string[] TriggerCharacters = [" "];

    public InitializeResult Initialize(InitializeParams parameters)
    {
        lifecycle.Initialize(parameters);
        documents.Positions = new PositionConverter(lifecycle.PositionEncoding);
        if (lifecycle.ClientProcessId is int pid)
        {
            clientProcess.Watch(pid);
        }
        logger.Initialized(
            parameters.ClientInfo?.Name ?? "an unnamed client", lifecycle.PositionEncoding,
            lifecycle.PullDiagnostics ? "pull" : "push", lifecycle.WorkspaceFolders.Count);
        return new InitializeResult(
            new ServerCapabilities
            {
                PositionEncoding = lifecycle.PositionEncoding,
                TextDocumentSync = new TextDocumentSyncOptions(OpenClose: true, TextDocumentSyncKind.Incremental),
                HoverProvider = true,
                DocumentSymbolProvider = true,
                WorkspaceSymbolProvider = true,
                CompletionProvider = new CompletionOptions(TriggerCharacters, ResolveProvider: false),
                DiagnosticProvider = lifecycle.PullDiagnostics
                    ? new DiagnosticOptions("listing", InterFileDependencies: false, WorkspaceDiagnostics: false)
                    : null,
            }.WithEditingFeatures(),
            new ServerInfo("listing-lsp", typeof(LifecycleHandler).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion));
    }

    public void Initialized()
    {
        if (lifecycle.AcceptsNotifications)
        {
            workspace.Start();
            settings.Start();
        }
    }

    public void Shutdown()
    {
        lifecycle.Shutdown();
        logger.LogInformation("shutdown");
    }

    public void Exit() => lifecycle.Exit();

    public void SetTrace(SetTraceParams parameters) => lifecycle.SetTrace(parameters.Value);
}
