namespace ListingLsp.Cli.Files;

/// <summary>"checked 120/500 files" on stderr, only for a person watching a terminal and a run long enough to need it.</summary>
internal sealed class Progress
{
    private const int MinFiles = 50;
    private const long IntervalMs = 100;

    private readonly TextWriter? _error;
    private readonly string _verb;
    private readonly int _total;
    private int _done;
    private long _lastDrawn;

    public Progress(CliContext context, string verb, int total)
    {
        _error = context.ErrorIsTerminal && total >= MinFiles ? context.Error : null;
        _verb = verb;
        _total = total;
    }

    public void FileDone()
    {
        var done = Interlocked.Increment(ref _done);
        if (_error is null)
        {
            return;
        }
        var now = Environment.TickCount64;
        var last = Interlocked.Read(ref _lastDrawn);
        if (now - last >= IntervalMs && Interlocked.CompareExchange(ref _lastDrawn, now, last) == last)
        {
            lock (_error)
            {
                _error.Write($"\r{_verb} {done}/{_total} files");
            }
        }
    }

    /// <summary>Erases the progress line so the report that follows starts clean.</summary>
    public void Finish()
    {
        if (_error is not null)
        {
            lock (_error)
            {
                _error.Write("\r\x1b[2K");
            }
        }
    }
}
