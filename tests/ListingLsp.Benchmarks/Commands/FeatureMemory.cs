using System.Diagnostics;
using System.Runtime.CompilerServices;
using ListingLsp.Analysis;
using ListingLsp.Analysis.Editing;
using ListingLsp.Benchmarks.Generation;

namespace ListingLsp.Benchmarks.Commands;

/// <summary>
/// The `memory` verb's second table: what one analysed document keeps alive as the language server's
/// whole-file features pass over it, in the order an editor asks for them (diagnostics, the outline,
/// the workspace index of the open document, semantic tokens in full). Each row is cumulative: the
/// managed heap after a full collection minus the heap before the text existed; the time is the step's.
/// </summary>
internal static class FeatureMemory
{
    public static void Run(IEnumerable<int> sizes)
    {
        // Warm up so the features' statics and JIT data are on the heap before the first "before" sample.
        Measure(1_000, print: false);
        Console.WriteLine();
        Console.WriteLine("| entries | after | retained | per char | step time |");
        Console.WriteLine("|---|---|---|---|---|");
        foreach (var entries in sizes)
        {
            Measure(entries, print: true);
        }
    }

    private static void Measure(int entries, bool print)
    {
        var before = GC.GetTotalMemory(forceFullCollection: true);
        var (document, chars) = Analysed(entries);
        var kept = new List<object>();
        foreach (var (name, step) in Steps)
        {
            var clock = Stopwatch.StartNew();
            kept.Add(step(document));
            var time = clock.Elapsed;
            var retained = GC.GetTotalMemory(forceFullCollection: true) - before;
            if (print)
            {
                Console.WriteLine($"| {Report.Entries(entries)} | {name} | {Report.Size(retained)} | {retained / (double)chars:F2} B | {Report.Time(time)} |");
            }
        }
        GC.KeepAlive(document);
        GC.KeepAlive(kept);
    }

    /// <summary>What each feature computes over the whole file, and what the server keeps of it afterwards.</summary>
    private static readonly (string Name, Func<ListingDocument, object> Step)[] Steps =
    [
        ("GetDiagnostics", document => document.GetDiagnostics()),
        ("outline", Outline),
        ("workspace index", document => WorkspaceIndex.Empty.SetDocument("file:///big.listing", document)),
        // The server keeps the last full result of each document for deltas.
        ("semantic tokens full", document => SemanticTokenEncoding.Encode(SemanticTokenClassifier.Classify(document), document.Text)),
    ];

    /// <summary>What the documentSymbol handler reads of every entry (it keeps nothing; its result is sent and dropped).</summary>
    private static object Outline(ListingDocument document)
    {
        var characters = 0;
        foreach (var entry in document.Headlines)
        {
            characters += (entry.Title?.Value.Length ?? 0) + (entry.Category?.Value.Length ?? 0) + (entry.DateText?.Value.Length ?? 0);
        }
        return characters;
    }

    // Separate frame so the generated string is unreachable once it returns.
    [MethodImpl(MethodImplOptions.NoInlining)]
    private static (ListingDocument Document, int Chars) Analysed(int entries)
    {
        var text = ListingGenerator.Generate(entries).Text;
        return (ListingDocument.Create(text), text.Length);
    }
}
