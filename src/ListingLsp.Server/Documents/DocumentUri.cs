namespace ListingLsp.Server.Documents;

/// <summary>
/// One spelling per file: clients percent-encode file URIs in different ways (VS Code writes
/// <c>file:///c%3A/...</c>), and a file opened in the editor must match the same file found on disk.
/// </summary>
internal static class DocumentUri
{
    public static string Normalize(string uri) =>
        Uri.TryCreate(uri, UriKind.Absolute, out var parsed) && parsed.IsFile
            ? new Uri(parsed.LocalPath).AbsoluteUri
            : uri;

    public static string FromPath(string path) => new Uri(Path.GetFullPath(path)).AbsoluteUri;

    public static string? ToPath(string uri) =>
        Uri.TryCreate(uri, UriKind.Absolute, out var parsed) && parsed.IsFile ? parsed.LocalPath : null;
}
