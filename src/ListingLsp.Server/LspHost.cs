namespace ListingLsp.Server;

/// <summary>Entry point of the language server (what <c>listing lsp</c> runs).</summary>
public static class LspHost
{
    /// <summary>Serve LSP on the given streams until exit; returns the process exit code (0 after shutdown+exit, 1 otherwise).</summary>
    public static Task<int> RunAsync(Stream input, Stream output, string[] args, CancellationToken cancellationToken = default) =>
        throw new NotImplementedException();

    /// <summary>Serve LSP on this process's stdin/stdout (stdout carries protocol frames only).</summary>
    public static Task<int> RunStdioAsync(string[] args, CancellationToken cancellationToken = default) =>
        throw new NotImplementedException();
}
