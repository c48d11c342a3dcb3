using BenchmarkDotNet.Attributes;
using ListingLsp.Analysis;
using ListingLsp.Syntax;

namespace ListingLsp.Benchmarks.Micro;

/// <summary>
/// Whole-file work on 100k entries against the cheapest possible pass over the same text (counting
/// line feeds): the Ratio column is the "at most 10x the newline scan" target.
/// </summary>
public class WholeFileBenchmarks
{
    private string text = "";

    [Params(100_000)]
    public int Entries { get; set; }

    [GlobalSetup]
    public void Setup() => text = Listings.Get(Entries).Text;

    [Benchmark(Baseline = true, Description = "newline scan")]
    public int NewlineScan() => text.AsSpan().Count('\n');

    [Benchmark(Description = "full parse")]
    public SyntaxTree FullParse() => SyntaxTree.Parse(text);

    [Benchmark(Description = "check (parse + all diagnostics)")]
    public int Check() => ListingDocument.Create(text).GetDiagnostics().Count;
}
