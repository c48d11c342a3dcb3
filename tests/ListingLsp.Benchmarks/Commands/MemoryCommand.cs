using System.Runtime.CompilerServices;
using ListingLsp.Analysis;
using ListingLsp.Benchmarks.Generation;
using ListingLsp.Syntax;
using ListingLsp.Syntax.Text;

namespace ListingLsp.Benchmarks.Commands;

/// <summary>
/// `memory [--entries 1000,10000,100000]`: bytes kept alive by the rope alone, by rope + syntax tree,
/// and by an analysed document, per UTF-16 character of text. Retained size is the managed heap after a
/// full collection with the structure alive, minus the heap before the text existed (the source
/// string is dropped first, so text the structure copied is counted and text it merely references is not hidden).
/// BenchmarkDotNet's MemoryDiagnoser counts allocations, not what stays alive, hence this verb.
/// </summary>
internal static class MemoryCommand
{
    public static int Run(VerbOptions options)
    {
        // Warm up so type statics and JIT data are on the heap before the first "before" sample.
        Measure(1_000, text => SyntaxTree.Parse(Rope.From(text)));
        Measure(1_000, text => Analysed(text));

        Console.WriteLine("| entries | chars | rope | rope + tree | per char | analysed document | per char |");
        Console.WriteLine("|---|---|---|---|---|---|---|");
        foreach (var entries in options.Entries(1_000, 10_000, 100_000))
        {
            var (rope, chars) = Measure(entries, text => Rope.From(text));
            var (tree, _) = Measure(entries, text => SyntaxTree.Parse(Rope.From(text)));
            var (document, _) = Measure(entries, text => Analysed(text));
            Console.WriteLine(
                $"| {Report.Entries(entries)} | {chars:N0} | {Report.Size(rope)} | {Report.Size(tree)} | {tree / (double)chars:F2} B " +
                $"| {Report.Size(document)} | {document / (double)chars:F2} B |");
        }
        return 0;
    }

    private static ListingDocument Analysed(string text)
    {
        var document = ListingDocument.Create(text);
        _ = document.GetDiagnostics();
        return document;
    }

    private static (long Bytes, int Chars) Measure(int entries, Func<string, object> build)
    {
        var before = GC.GetTotalMemory(forceFullCollection: true);
        var (kept, chars) = Build(entries, build);
        var after = GC.GetTotalMemory(forceFullCollection: true);
        GC.KeepAlive(kept);
        return (after - before, chars);
    }

    // Separate frame so the generated string and the generator's buffers are unreachable once it returns.
    [MethodImpl(MethodImplOptions.NoInlining)]
    private static (object Kept, int Chars) Build(int entries, Func<string, object> build)
    {
        var text = ListingGenerator.Generate(entries).Text;
        return (build(text), text.Length);
    }
}
