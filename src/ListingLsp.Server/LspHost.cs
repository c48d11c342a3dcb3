using ListingLsp.Server.Diagnostics;
using ListingLsp.Server.Documents;
using ListingLsp.Server.Handlers;
using ListingLsp.Server.Logging;
using ListingLsp.Server.Protocol;
using ListingLsp.Server.Rpc;
using ListingLsp.Server.Workspace;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace ListingLsp.Server;

/// <summary>Entry point of the language server (what <c>listing lsp</c> runs).</summary>
public static class LspHost
{
    /// <summary>Serve LSP on the given streams until exit; returns the process exit code (0 after shutdown+exit, 1 otherwise).</summary>
    public static Task<int> RunAsync(Stream input, Stream output, string[] args, CancellationToken cancellationToken = default) =>
        RunAsync(input, output, ServerOptions.Parse(args), configureServices: null, cancellationToken);

    /// <summary>Serve LSP on this process's stdin/stdout (stdout carries protocol frames only).</summary>
    public static async Task<int> RunStdioAsync(string[] args, CancellationToken cancellationToken = default)
    {
        // Take the raw stdout first, then send every Console.Write anywhere in the process to stderr:
        // one stray line on stdout would corrupt the protocol stream.
        using var stdout = Console.OpenStandardOutput();
        using var stdin = Console.OpenStandardInput();
        Console.SetOut(Console.Error);
        return await RunAsync(stdin, stdout, args, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>As <see cref="RunAsync(Stream, Stream, string[], CancellationToken)"/>; tests may replace services (a clock, a handler).</summary>
    internal static async Task<int> RunAsync(
        Stream input, Stream output, ServerOptions options, Action<IServiceCollection>? configureServices, CancellationToken cancellationToken)
    {
        // DisableDefaults: no appsettings, no environment configuration, no console logger writing
        // "Application started" to stdout, no file watcher on the current directory.
        var builder = Host.CreateEmptyApplicationBuilder(new HostApplicationBuilderSettings { DisableDefaults = true });
        builder.Logging.SetMinimumLevel(LogLevel.Trace);
        builder.Logging.AddProvider(new StderrLoggerProvider(Console.Error));
        builder.Logging.AddFilter<StderrLoggerProvider>(null, level => level >= options.StderrLogLevel);
        // The host's own start/stop chatter ("Application started. Press Ctrl+C...") means nothing here.
        builder.Logging.AddFilter("Microsoft.Hosting.Lifetime", LogLevel.Warning);
        builder.Logging.AddFilter<StderrLoggerProvider>("Microsoft.Hosting.Lifetime", LogLevel.Warning);
        AddServices(builder.Services, options);
        configureServices?.Invoke(builder.Services);

        using var host = builder.Build();
        await host.StartAsync(cancellationToken).ConfigureAwait(false);
        // SIGTERM / Ctrl+C stop the host; the server must stop with it (exit code 1: no shutdown came).
        using var stopping = host.Services.GetRequiredService<IHostApplicationLifetime>().ApplicationStopping
            .Register(host.Services.GetRequiredService<ServerLifecycle>().Exit);
        try
        {
            return await host.Services.GetRequiredService<LspServer>().RunAsync(input, output, cancellationToken).ConfigureAwait(false);
        }
        finally
        {
            await host.StopAsync(CancellationToken.None).ConfigureAwait(false);
        }
    }

    private static void AddServices(IServiceCollection services, ServerOptions options)
    {
        services.AddSingleton(options);
        services.AddSingleton(TimeProvider.System);
        services.AddSingleton<ServerLifecycle>();
        services.AddSingleton<ClientChannel>();
        services.AddSingleton<ILoggerProvider, ClientLoggerProvider>();
        services.AddSingleton<ClientProcessMonitor>();
        services.AddSingleton<AnalysisOptionsProvider>();
        services.AddSingleton<DocumentStore>();
        services.AddSingleton<StagedTexts>();
        services.AddSingleton<WorkspaceService>();
        services.AddSingleton<DiagnosticsPublisher>();
        services.AddHostedService(provider => provider.GetRequiredService<DiagnosticsPublisher>());
        services.AddSingleton<RequestDispatcher>();
        services.AddSingleton<LspEndpoints>();
        services.AddSingleton<LspServer>();

        services.AddSingleton<LifecycleHandler>();
        services.AddSingleton<TextSyncHandler>();
        services.AddSingleton<WatchedFilesHandler>();
        services.AddSingleton<IDocumentRequestHandler<DocumentDiagnosticParams, DocumentDiagnosticReport>, DocumentDiagnosticHandler>();
        services.AddSingleton<IDocumentRequestHandler<HoverParams, Hover?>, HoverHandler>();
        services.AddSingleton<IDocumentRequestHandler<DocumentSymbolParams, OutlineJson?>, DocumentSymbolHandler>();
        services.AddSingleton<IDocumentRequestHandler<CompletionParams, CompletionList?>, CompletionHandler>();
        services.AddSingleton<IRequestHandler<WorkspaceSymbolParams, WorkspaceSymbol[]>, WorkspaceSymbolHandler>();
        services.AddEditingFeatures();
    }
}
