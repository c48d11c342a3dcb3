using System.Runtime.CompilerServices;

namespace ListingLsp.Tests.Shared;

/// <summary>The format's reference material in ../shared beside the repository (tests may read it, the project never copies it).</summary>
public static class SharedFormat
{
    public static string RepoRoot([CallerFilePath] string callerPath = "")
    {
        var dir = Path.GetDirectoryName(callerPath)!;
        while (!File.Exists(Path.Combine(dir, "ListingLsp.sln")))
        {
            dir = Path.GetDirectoryName(dir) ?? throw new InvalidOperationException("no ListingLsp.sln above " + callerPath);
        }
        return dir;
    }

    public static string ExampleListingPath => Path.Combine(RepoRoot(), "..", "shared", "format", "example.listing");
}
