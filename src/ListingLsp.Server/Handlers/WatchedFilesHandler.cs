using ListingLsp.Server.Protocol;
using ListingLsp.Server.Workspace;

namespace ListingLsp.Server.Handlers;

/// <summary>workspace/didChangeWatchedFiles: keeps the workspace index in step with the disk.</summary>
internal sealed class WatchedFilesHandler(WorkspaceService workspace)
{
    public void Handle(DidChangeWatchedFilesParams parameters)
    {
        foreach (var change in parameters.Changes)
        {
            workspace.OnFileEvent(change);
        }
    }
}
