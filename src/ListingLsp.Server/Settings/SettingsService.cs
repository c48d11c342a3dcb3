using System.Text.Json;
using ListingLsp.Analysis.Editing;
using ListingLsp.Server.Documents;
using ListingLsp.Server.Logging;
using ListingLsp.Server.Protocol;
using ListingLsp.Server.Rpc;
using Microsoft.Extensions.Logging;

namespace ListingLsp.Server.Settings;

/// <summary>
/// The user's <c>listing</c> settings. Read with workspace/configuration after initialized and again
/// on every workspace/didChangeConfiguration (or taken from that notification when the client pushes
/// them); applying them re-analyses the open documents, whose diagnostics are then published again,
/// and asks the client to refresh what it caches (inlay hints, semantic tokens, pulled diagnostics).
/// </summary>
internal sealed class SettingsService(
    ServerLifecycle lifecycle,
    ClientChannel client,
    AnalysisOptionsProvider analysisOptions,
    DocumentStore documents,
    ILogger<SettingsService> logger)
{
    public const string Section = "listing";

    private readonly object gate = new();
    private int generation;

    public ListingSettings Current { get; private set; } = ListingSettings.Default;

    private WorkspaceClientCapabilities? Workspace => lifecycle.Capabilities.Workspace;

    /// <summary>After initialized: ask for change notifications and read the settings.</summary>
    public void Start()
    {
        if (Workspace?.DidChangeConfiguration?.DynamicRegistration == true)
        {
            var registration = new ConfigurationRegistration(
                "listing-settings", "workspace/didChangeConfiguration", new DidChangeConfigurationRegistrationOptions(Section));
            Send("client/registerCapability", new ConfigurationRegistrationParams([registration]), LspJsonContext.Default.ConfigurationRegistrationParams);
        }
        Pull();
    }

    public void OnDidChangeConfiguration(DidChangeConfigurationParams parameters)
    {
        if (parameters.Settings is { ValueKind: JsonValueKind.Object } pushed && pushed.TryGetProperty(Section, out var section))
        {
            Interlocked.Increment(ref generation);
            Apply(ListingSettings.FromJson(section));
            return;
        }
        Pull();
    }

    private void Pull()
    {
        if (Workspace?.Configuration != true)
        {
            return;
        }
        var requested = Interlocked.Increment(ref generation);
        _ = PullAsync(requested);
    }

    private async Task PullAsync(int requested)
    {
        try
        {
            var result = await client.RequestAsync(
                "workspace/configuration",
                new ConfigurationParams([new ConfigurationItem(Section: Section)]),
                LspJsonContext.Default.ConfigurationParams,
                CancellationToken.None).ConfigureAwait(false);
            // A newer change notification is already being read; its answer wins.
            if (requested == Volatile.Read(ref generation))
            {
                Apply(ListingSettings.FromJson(result is { ValueKind: JsonValueKind.Array } items && items.GetArrayLength() > 0 ? items[0] : default));
            }
        }
        catch (Exception e)
        {
            logger.SettingsUnreadable(e.Message);
        }
    }

    private void Apply(ListingSettings settings)
    {
        lock (gate)
        {
            if (settings.Equals(Current))
            {
                return;
            }
            Current = settings;
            analysisOptions.Current = settings.ApplyTo(analysisOptions.Current);
            documents.Reanalyse(analysisOptions.Current);
        }
        logger.SettingsApplied();
        if (Workspace?.InlayHint?.RefreshSupport == true)
        {
            Send("workspace/inlayHint/refresh", new NoParams(), LspJsonContext.Default.NoParams);
        }
        if (Workspace?.SemanticTokens?.RefreshSupport == true)
        {
            Send("workspace/semanticTokens/refresh", new NoParams(), LspJsonContext.Default.NoParams);
        }
        if (lifecycle.PullDiagnostics && Workspace?.Diagnostics?.RefreshSupport == true)
        {
            Send("workspace/diagnostic/refresh", new NoParams(), LspJsonContext.Default.NoParams);
        }
    }

    /// <summary>A request whose answer does not matter; a client that refuses it is logged, not fatal.</summary>
    private void Send<T>(string method, T value, System.Text.Json.Serialization.Metadata.JsonTypeInfo<T> contract) =>
        _ = client.RequestAsync(method, value, contract, CancellationToken.None).ContinueWith(
            t =>
            {
                if (logger.IsEnabled(LogLevel.Debug))
                {
                    logger.ClientRefused(method, t.Exception!.GetBaseException().Message);
                }
            },
            CancellationToken.None, TaskContinuationOptions.OnlyOnFaulted, TaskScheduler.Default);
}
