using System.Diagnostics;
using ListingLsp.Analysis;
using ListingLsp.Analysis.Editing;
using ListingLsp.Benchmarks.Generation;
using ListingLsp.Syntax.Text;

namespace ListingLsp.Benchmarks.Commands;

/// <summary>
/// `gc-pause [--entries 100000] [--edits 2000]`: what garbage collection costs the server's keystroke loop.
/// Analyses a generated listing and classifies its semantic tokens once (as an open document in the server
/// is), then types a character into an abstract and deletes it again, pairs spread over the file, asking for
/// every diagnostic after each edit; prints the collections per generation, the GC pause time over the loop
/// and per collection, and the edit -> diagnostics latency. In process, so no JSON or pipe noise.
/// </summary>
internal static class GcPauseCommand
{
    public static int Run(VerbOptions options)
    {
        var edits = int.Parse(options.Get("--edits") ?? "2000");
        Console.WriteLine("| entries | edits | gen0 / gen1 / gen2 GCs | GC pause total | pause per GC | edit -> diagnostics p50 / p99 / max |");
        Console.WriteLine("|---|---|---|---|---|---|");
        foreach (var entries in options.Entries(100_000))
        {
            Measure(ListingGenerator.Generate(entries), edits);
        }
        return 0;
    }

    private static void Measure(GeneratedListing listing, int edits)
    {
        var document = ListingDocument.Create(listing.Text);
        _ = Walk(document);
        _ = SemanticTokenClassifier.Classify(document);
        var sites = listing.CleanEntries;
        // Warm up the edit path, then start from a compacted heap so the loop pays only for its own garbage.
        for (var i = 0; i < 20; i++)
        {
            document = Edit(document, sites, i);
        }
        GC.Collect();
        GC.WaitForPendingFinalizers();
        GC.Collect();
        var counts = new[] { GC.CollectionCount(0), GC.CollectionCount(1), GC.CollectionCount(2) };
        var pause = GC.GetTotalPauseDuration();
        var latencies = new TimeSpan[edits];
        for (var i = 0; i < edits; i++)
        {
            var start = Stopwatch.GetTimestamp();
            document = Edit(document, sites, i);
            _ = Walk(document);
            latencies[i] = Stopwatch.GetElapsedTime(start);
        }
        pause = GC.GetTotalPauseDuration() - pause;
        var gcs = Enumerable.Range(0, 3).Select(g => GC.CollectionCount(g) - counts[g]).ToArray();
        Console.WriteLine(
            $"| {Report.Entries(listing.Entries)} | {edits} | {gcs[0]} / {gcs[1]} / {gcs[2]} | {Report.Time(pause)} " +
            $"| {(gcs[0] == 0 ? "-" : Report.Time(pause / gcs[0]))} " +
            $"| {Report.Time(Report.Percentile(latencies, 50))} / {Report.Time(Report.Percentile(latencies, 99))} / {Report.Time(latencies.Max())} |");
        GC.KeepAlive(document);
    }

    /// <summary>Even steps type a character into an abstract, odd ones delete it: the text never grows.</summary>
    private static ListingDocument Edit(ListingDocument document, IReadOnlyList<EntrySite> sites, int step)
    {
        var site = sites[step / 2 * 7919 % sites.Count];
        var position = site.AbstractOffset + GeneratedListing.EditColumn;
        var change = step % 2 == 0 ? new TextChange(new TextSpan(position, 0), "e") : new TextChange(new TextSpan(position, 1), "");
        return document.WithChange(change);
    }

    /// <summary>Reads every diagnostic, as a publish does.</summary>
    private static int Walk(ListingDocument document)
    {
        var sum = 0;
        foreach (var diagnostic in document.GetDiagnostics())
        {
            sum += diagnostic.Span.Start;
        }
        return sum;
    }
}
