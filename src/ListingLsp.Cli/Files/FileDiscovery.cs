namespace ListingLsp.Cli.Files;

/// <summary>Turns the PATH arguments into the listing files to process, in a stable order.</summary>
internal static class FileDiscovery
{
    public const string Extension = ".listing";

    /// <summary>
    /// Files are taken as given (any extension); folders are searched recursively for <c>*.listing</c>,
    /// sorted by path. A path that does not exist is returned as a file too, so reading it reports it.
    /// Duplicates (a file named twice, or also found in a folder) are processed once.
    /// </summary>
    public static IReadOnlyList<string> Expand(IEnumerable<string> paths)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var result = new List<string>();
        foreach (var path in paths)
        {
            if (Directory.Exists(path))
            {
                var found = Directory.EnumerateFiles(path, "*" + Extension, new EnumerationOptions
                {
                    RecurseSubdirectories = true,
                    MatchType = MatchType.Simple,
                    MatchCasing = MatchCasing.CaseSensitive,
                    IgnoreInaccessible = false,
                })
                    .Select(DisplayPath)
                    .Order(StringComparer.Ordinal);
                foreach (var file in found)
                {
                    Add(file);
                }
            }
            else
            {
                Add(DisplayPath(path));
            }
        }
        return result;

        void Add(string file)
        {
            if (seen.Add(Path.GetFullPath(file)))
            {
                result.Add(file);
            }
        }
    }

    /// <summary>Paths are shown as the user wrote them, with forward slashes.</summary>
    private static string DisplayPath(string path) =>
        Path.DirectorySeparatorChar == '\\' ? path.Replace('\\', '/') : path;
}
