using ListingLsp.Analysis;
using ListingLsp.Server.Documents;
using ListingLsp.Server.Logging;
using ListingLsp.Server.Protocol;
using ListingLsp.Server.Rpc;
using Microsoft.Extensions.Logging;

namespace ListingLsp.Server.Workspace;

/// <summary>
/// The workspace index (every .listing under the workspace folders, open or not). Built in the
/// background after initialized, with $/progress; disk changes arrive through
/// workspace/didChangeWatchedFiles; open documents override the disk and are folded in lazily, when
/// a feature asks for the index, so typing never pays for re-indexing.
/// </summary>
/// <remarks>
/// Re-indexing a document costs all its entries (about a second at 100k). An open document of
/// <see cref="DocumentStore.LargeText"/> chars or more is therefore indexed at once only the first time; after an edit
/// its share is rebuilt in the background once typing has paused for <see cref="QuietPeriod"/>, and until
/// then requests (completion after every keystroke) use the share of its previous version.
/// </remarks>
internal sealed class WorkspaceService : IDisposable
{
    internal static readonly TimeSpan QuietPeriod = TimeSpan.FromMilliseconds(750);
    private const string WatcherRegistrationId = "listing-files";

    private readonly object gate = new();
    private readonly Dictionary<string, DocumentSnapshot> indexedOpen = new(StringComparer.Ordinal);
    private readonly CancellationTokenSource stop = new();
    private readonly ServerLifecycle lifecycle;
    private readonly DocumentStore documents;
    private readonly ClientChannel client;
    private readonly AnalysisOptionsProvider analysisOptions;
    private readonly ILogger<WorkspaceService> logger;
    private readonly Timer refreshLarge;
    private WorkspaceIndex? index;
    private Task diskUpdates = Task.CompletedTask;

    public WorkspaceService(ServerLifecycle lifecycle, DocumentStore documents, ClientChannel client, AnalysisOptionsProvider analysisOptions, ILogger<WorkspaceService> logger)
    {
        this.lifecycle = lifecycle;
        this.documents = documents;
        this.client = client;
        this.analysisOptions = analysisOptions;
        this.logger = logger;
        documents.Closed += (key, _) => QueueDiskUpdate(key);
        refreshLarge = new Timer(_ => RefreshLargeDocuments(), null, Timeout.Infinite, Timeout.Infinite);
        documents.Changed += key =>
        {
            if (documents.All.TryGetValue(key, out var snapshot) && snapshot.Document.Text.Length >= DocumentStore.LargeText)
            {
                // Every edit restarts the wait: the rebuild runs once typing pauses.
                refreshLarge.Change(QuietPeriod, Timeout.InfiniteTimeSpan);
            }
        };
    }

    /// <summary>The index with every open document's current text folded in.</summary>
    public WorkspaceIndex Current
    {
        get
        {
            lock (gate)
            {
                var current = index ??= WorkspaceIndex.Empty;
                foreach (var (key, snapshot) in documents.All)
                {
                    var known = indexedOpen.TryGetValue(key, out var indexed);
                    if (known && (ReferenceEquals(indexed!.Document, snapshot.Document) || snapshot.Document.Text.Length >= DocumentStore.LargeText))
                    {
                        continue;
                    }
                    current = current.SetDocument(key, snapshot.Document, open: true);
                    indexedOpen[key] = snapshot;
                }
                return index = current;
            }
        }
    }

    /// <summary>Rebuilds the shares of large open documents that changed, outside the lock (see the remarks).</summary>
    private void RefreshLargeDocuments()
    {
        try
        {
            foreach (var (key, snapshot) in documents.All)
            {
                bool stale;
                lock (gate)
                {
                    stale = indexedOpen.TryGetValue(key, out var indexed) && !ReferenceEquals(indexed.Document, snapshot.Document);
                }
                if (!stale)
                {
                    continue;
                }
                var share = WorkspaceIndex.BuildShare(key, snapshot.Document, open: true);
                lock (gate)
                {
                    // Closed or re-indexed from a newer version meanwhile: this share is not wanted.
                    if (documents.All.ContainsKey(key) && indexedOpen.TryGetValue(key, out var indexed) && indexed.Version <= snapshot.Version)
                    {
                        index = (index ?? WorkspaceIndex.Empty).WithShare(key, share);
                        indexedOpen[key] = snapshot;
                    }
                }
            }
        }
        catch (Exception e)
        {
            logger.LogError(e, "re-indexing open documents failed");
        }
    }

    /// <summary>Start indexing the workspace folders (after initialized).</summary>
    public void Start() => QueueDiskWork(() => BuildAsync(stop.Token));

    /// <summary>A file changed on disk: re-read it unless the editor has it open (then the editor's text wins).</summary>
    public void OnFileEvent(FileEvent change) => QueueDiskUpdate(DocumentUri.Normalize(change.Uri));

    public void Dispose()
    {
        refreshLarge.Dispose();
        stop.Cancel();
        stop.Dispose();
    }

    private void QueueDiskUpdate(string key) => QueueDiskWork(() =>
    {
        LoadFromDisk(key);
        return Task.CompletedTask;
    });

    /// <summary>Disk work runs in order on the thread pool, never on the message thread.</summary>
    private void QueueDiskWork(Func<Task> work)
    {
        lock (gate)
        {
            diskUpdates = diskUpdates.ContinueWith(
                async _ =>
                {
                    try
                    {
                        await work().ConfigureAwait(false);
                    }
                    catch (Exception e) when (e is not OperationCanceledException)
                    {
                        logger.LogError(e, "workspace indexing failed");
                    }
                },
                CancellationToken.None, TaskContinuationOptions.None, TaskScheduler.Default).Unwrap();
        }
    }

    private void LoadFromDisk(string key)
    {
        if (documents.All.ContainsKey(key))
        {
            return;
        }
        // A file outside the workspace folders leaves the index when the editor closes it.
        var path = DocumentUri.ToPath(key);
        var document = path is not null && InWorkspace(path) && File.Exists(path)
            ? ListingDocument.Create(File.ReadAllText(path), analysisOptions.Current)
            : null;
        lock (gate)
        {
            if (document is not null && documents.All.ContainsKey(key))
            {
                return; // opened while it was read: the editor's text wins
            }
            indexedOpen.Remove(key);
            var current = index ?? WorkspaceIndex.Empty;
            index = document is null ? current.RemoveDocument(key) : current.SetDocument(key, document);
        }
    }

    private bool InWorkspace(string path) =>
        lifecycle.WorkspaceFolders.Any(folder => DocumentUri.ToPath(folder.Uri) is { } root
            && path.StartsWith(Path.TrimEndingDirectorySeparator(root) + Path.DirectorySeparatorChar, StringComparison.Ordinal));

    private async Task BuildAsync(CancellationToken cancellationToken)
    {
        if (lifecycle.DynamicFileWatchers)
        {
            await RegisterWatcherAsync(cancellationToken).ConfigureAwait(false);
        }
        var files = lifecycle.WorkspaceFolders
            .Select(folder => DocumentUri.ToPath(folder.Uri))
            .Where(path => path is not null && Directory.Exists(path))
            .SelectMany(path => new DirectoryInfo(path!).EnumerateFiles("*.listing", new EnumerationOptions { RecurseSubdirectories = true, IgnoreInaccessible = true }))
            // Smallest first: a large file that the editor opens right away is usually open (and skipped,
            // the editor's copy wins) by the time its turn comes, instead of being read and analysed twice at once.
            .OrderBy(file => file.Length)
            .Select(file => file.FullName)
            .ToList();
        using var progress = lifecycle.WorkDoneProgress
            ? await WorkDoneProgressReporter.StartAsync(client, "Indexing listings", cancellationToken).ConfigureAwait(false)
            : null;
        for (var i = 0; i < files.Count; i++)
        {
            cancellationToken.ThrowIfCancellationRequested();
            LoadFromDisk(DocumentUri.FromPath(files[i]));
            progress?.Report(100 * (i + 1) / files.Count, Path.GetFileName(files[i]));
        }
        progress?.End($"{files.Count} listing file(s) indexed");
        logger.Indexed(files.Count);
    }

    private async Task RegisterWatcherAsync(CancellationToken cancellationToken)
    {
        try
        {
            var registration = new Registration(
                WatcherRegistrationId,
                "workspace/didChangeWatchedFiles",
                new DidChangeWatchedFilesRegistrationOptions([new Protocol.FileSystemWatcher("**/*.listing")]));
            await client.RequestAsync("client/registerCapability", new RegistrationParams([registration]), LspJsonContext.Default.RegistrationParams, cancellationToken)
                .ConfigureAwait(false);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            logger.LogWarning("the client refused the file watcher: {Message}", e.Message);
        }
    }
}
