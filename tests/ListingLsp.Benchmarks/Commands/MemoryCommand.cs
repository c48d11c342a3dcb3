using System.Runtime.CompilerServices;
using System.Text;
using ListingLsp.Analysis;
using ListingLsp.Benchmarks.Generation;
using ListingLsp.Syntax;
using ListingLsp.Syntax.Text;

namespace ListingLsp.Benchmarks.Commands;

/// <summary>
/// `memory [--entries 1000,10000,100000]`: bytes kept alive by the rope alone, by rope + syntax tree,
/// and by an analysed document, per UTF-16 character of text; then by a UTF-8 rope (built with
/// <see cref="RopeBuilder"/> from the text's UTF-8 bytes) and UTF-8 rope + tree, per char and per UTF-8 byte.
/// Retained size is the managed heap after a full collection with the structure alive, minus the heap before
/// the text existed (the source string and bytes are dropped first, so text the structure copied is counted
/// and text it merely references is not hidden).
/// BenchmarkDotNet's MemoryDiagnoser counts allocations, not what stays alive, hence this verb.
/// </summary>
internal static class MemoryCommand
{
    public static int Run(VerbOptions options)
    {
        // Warm up so type statics and JIT data are on the heap before the first "before" sample.
        Measure(1_000, text => SyntaxTree.Parse(Rope.From(text)));
        Measure(1_000, text => Analysed(text));
        Measure(1_000, text => SyntaxTree.Parse(Utf8Rope(text)));

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
        Utf8RopeTable(options.Entries(1_000, 10_000, 100_000));
        FeatureMemory.Run(options.Entries(1_000, 10_000, 100_000));
        return 0;
    }

    private static void Utf8RopeTable(int[] sizes)
    {
        Console.WriteLine();
        Console.WriteLine("| entries | UTF-8 bytes | UTF-8 rope | per char | per byte | UTF-8 rope + tree | per char | per byte |");
        Console.WriteLine("|---|---|---|---|---|---|---|---|");
        foreach (var entries in sizes)
        {
            var bytes = 0;
            var (rope, chars) = Measure(entries, text =>
            {
                var utf8 = Encoding.UTF8.GetBytes(text);
                bytes = utf8.Length;
                return Rope.FromUtf8(utf8);
            });
            var (tree, _) = Measure(entries, text => SyntaxTree.Parse(Utf8Rope(text)));
            Console.WriteLine(
                $"| {Report.Entries(entries)} | {bytes:N0} | {Report.Size(rope)} | {rope / (double)chars:F2} B | {rope / (double)bytes:F2} B " +
                $"| {Report.Size(tree)} | {tree / (double)chars:F2} B | {tree / (double)bytes:F2} B |");
        }
    }

    private static Rope Utf8Rope(string text) => Rope.FromUtf8(Encoding.UTF8.GetBytes(text));

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
