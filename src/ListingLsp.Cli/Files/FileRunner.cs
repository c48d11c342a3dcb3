namespace ListingLsp.Cli.Files;

/// <summary>The outcome of one file: a value, or why the file could not be processed.</summary>
internal sealed record FileResult<T>(string Path, T? Value, string? Failure)
{
    public bool Failed => Failure is not null;
}

/// <summary>Processes files in parallel across the cores; results come back in input order so output is deterministic.</summary>
internal static class FileRunner
{
    public static FileResult<T>[] Run<T>(IReadOnlyList<string> files, Progress progress, Func<SourceFile, T> work, CancellationToken cancellationToken) =>
        Run(files, progress, SourceFile.Read, work, cancellationToken);

    /// <summary>As above, with each file read by <paramref name="read"/> (which fails with IO exceptions as <see cref="SourceFile.Read"/> does).</summary>
    public static FileResult<T>[] Run<TSource, T>(IReadOnlyList<string> files, Progress progress, Func<string, TSource> read, Func<TSource, T> work, CancellationToken cancellationToken)
    {
        var results = new FileResult<T>[files.Count];
        var options = new ParallelOptions { MaxDegreeOfParallelism = Environment.ProcessorCount, CancellationToken = cancellationToken };
        Parallel.For(0, files.Count, options, i =>
        {
            results[i] = RunOne(files[i], read, work);
            progress.FileDone();
        });
        progress.Finish();
        return results;
    }

    /// <summary>Writes each failure to stderr (naming the file); returns whether there was any.</summary>
    public static bool ReportFailures<T>(IEnumerable<FileResult<T>> results, CliContext context)
    {
        var any = false;
        foreach (var failed in results.Where(r => r.Failed))
        {
            context.Error.WriteLine($"listing: {failed.Path}: {failed.Failure}");
            any = true;
        }
        return any;
    }

    private static FileResult<T> RunOne<TSource, T>(string path, Func<string, TSource> read, Func<TSource, T> work)
    {
        TSource source;
        try
        {
            source = read(path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return new FileResult<T>(path, default, ReadFailure(path, e));
        }
        try
        {
            return new FileResult<T>(path, work(source), null);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return new FileResult<T>(path, default, "cannot write: " + Reason(path, e));
        }
        catch (Exception e)
        {
            // One file the engine cannot handle must not stop the others; the exit code still says so.
            return new FileResult<T>(path, default, $"internal error: {e.GetType().Name}: {e.Message}");
        }
    }

    public static string ReadFailure(string path, Exception e) => "cannot read: " + Reason(path, e);

    private static string Reason(string path, Exception e) => e switch
    {
        // Opening a folder as a file fails with "access denied", which would send the user looking at permissions.
        _ when Directory.Exists(path) => "is a folder",
        FileNotFoundException or DirectoryNotFoundException => "no such file",
        UnauthorizedAccessException => "permission denied",
        _ => e.Message,
    };
}
