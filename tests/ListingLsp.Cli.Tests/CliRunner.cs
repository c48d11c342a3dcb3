using ListingLsp.Tests.Shared;

namespace ListingLsp.Cli.Tests;

/// <summary>What one in-process run of <c>listing</c> printed and returned.</summary>
internal sealed record CliRun(int ExitCode, string Stdout, string Stderr);

internal static class CliRunner
{
    public static string BaselinesDir => Path.Combine(Baseline.ProjectDir(), "Baselines");

    public static async Task<CliRun> RunAsync(params string[] args)
    {
        using var stdout = new StringWriter();
        using var stderr = new StringWriter();
        var code = await ListingCli.RunAsync(args, new CliContext(stdout, stderr, ErrorIsTerminal: false));
        return new CliRun(code, stdout.ToString(), stderr.ToString());
    }

    /// <summary>Input paths are absolute (tests cannot change the process's directory); baselines show them relative to Baselines/.</summary>
    public static string RelativeToBaselines(string output)
    {
        var root = BaselinesDir + "/";
        return output.Replace(new Uri(root).AbsoluteUri, "file:///BASELINES/").Replace(root, "");
    }

    public static string Input(string relative) => Path.Combine(BaselinesDir, relative);
}

/// <summary>A temporary folder with copies of baseline inputs, for commands that write files.</summary>
internal sealed class TempDir : IDisposable
{
    public string Path { get; } = Directory.CreateTempSubdirectory("listing-cli-").FullName;

    public string Copy(string baselineRelative, string? name = null)
    {
        var target = System.IO.Path.Combine(Path, name ?? System.IO.Path.GetFileName(baselineRelative));
        File.Copy(CliRunner.Input(baselineRelative), target);
        return target;
    }

    public string Write(string name, byte[] bytes)
    {
        var target = System.IO.Path.Combine(Path, name);
        File.WriteAllBytes(target, bytes);
        return target;
    }

    public string Relative(string output) => output.Replace(Path + "/", "");

    public void Dispose() => Directory.Delete(Path, recursive: true);
}
