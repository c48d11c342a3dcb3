using System.Runtime.CompilerServices;

namespace ListingLsp.Tests.Shared;

/// <summary>
/// Baseline (golden file) checks, the way texlab and Bicep keep expectations: an input file beside an
/// expected-output file under the test project's Baselines/ folder. Set LISTING_UPDATE_BASELINES=1 to
/// rewrite the expectations from the current output after an intended change, then review the diff.
/// </summary>
public static class Baseline
{
    /// <summary>The test project's source folder (baselines are read from and written to the source tree).</summary>
    public static string ProjectDir([CallerFilePath] string callerPath = "")
    {
        var dir = Path.GetDirectoryName(callerPath)!;
        while (!Directory.EnumerateFiles(dir, "*.csproj").Any())
        {
            dir = Path.GetDirectoryName(dir) ?? throw new InvalidOperationException("no test project above " + callerPath);
        }
        return dir;
    }

    /// <summary>Every file matching the pattern under Baselines/<paramref name="folder"/>, as xunit theory data (relative paths).</summary>
    public static TheoryData<string> Cases(string folder, string pattern = "*.listing", [CallerFilePath] string callerPath = "")
    {
        var root = Path.Combine(ProjectDir(callerPath), "Baselines", folder);
        var data = new TheoryData<string>();
        foreach (var file in Directory.EnumerateFiles(root, pattern, SearchOption.AllDirectories).Order(StringComparer.Ordinal))
        {
            data.Add(Path.GetRelativePath(Path.Combine(ProjectDir(callerPath), "Baselines"), file).Replace('\\', '/'));
        }
        return data;
    }

    /// <summary>The file's exact text: a byte-order mark stays in the string as U+FEFF (File.ReadAllText would drop it).</summary>
    public static string Read(string relativePath, [CallerFilePath] string callerPath = "") =>
        System.Text.Encoding.UTF8.GetString(File.ReadAllBytes(Path.Combine(ProjectDir(callerPath), "Baselines", relativePath)));

    /// <summary>Compare <paramref name="actual"/> with the expectation file; on LISTING_UPDATE_BASELINES=1 write it instead.</summary>
    public static void Verify(string expectedRelativePath, string actual, [CallerFilePath] string callerPath = "")
    {
        var path = Path.Combine(ProjectDir(callerPath), "Baselines", expectedRelativePath);
        actual = actual.Replace("\r\n", "\n");
        if (Environment.GetEnvironmentVariable("LISTING_UPDATE_BASELINES") == "1")
        {
            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            File.WriteAllText(path, actual);
            return;
        }
        Assert.True(File.Exists(path), $"missing baseline {path}; run with LISTING_UPDATE_BASELINES=1 to create it");
        var expected = File.ReadAllText(path).Replace("\r\n", "\n");
        Assert.Equal(expected, actual);
    }
}
