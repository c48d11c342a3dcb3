using System.Text;
using BenchmarkDotNet.Attributes;
using ListingLsp.Analysis;
using ListingLsp.Syntax;
using ListingLsp.Syntax.Text;

namespace ListingLsp.Benchmarks.Micro;

/// <summary>
/// Whole-file work on 100k entries against the cheapest possible pass over the same text (counting
/// line feeds): the Ratio column is the "at most 10x the newline scan" target. The UTF-8 cases load the
/// text's bytes into a compact rope and parse that, against parsing a prebuilt rope of the string.
/// </summary>
public class WholeFileBenchmarks
{
    private string text = "";
    private byte[] utf8 = [];
    private Rope stringRope = Rope.Empty;
    private Rope utf8Rope = Rope.Empty;

    [Params(100_000)]
    public int Entries { get; set; }

    // Each case holds only what it reads: the UTF-8 bytes and a prebuilt UTF-8 rope are 290 MB more live
    // heap, which every gen2 collection in the other cases would have to walk past.
    [GlobalSetup]
    public void Setup() => text = Listings.Get(Entries).Text;

    [GlobalSetup(Target = nameof(Utf8RopeFromBytes))]
    public void SetupBytes()
    {
        Setup();
        utf8 = Encoding.UTF8.GetBytes(text);
    }

    [GlobalSetup(Target = nameof(FullParseOfStringRope))]
    public void SetupStringRope()
    {
        Setup();
        stringRope = Rope.From(text);
    }

    [GlobalSetup(Target = nameof(FullParseOfUtf8Rope))]
    public void SetupUtf8Rope()
    {
        Setup();
        utf8Rope = Rope.FromUtf8(Encoding.UTF8.GetBytes(text));
    }

    [GlobalCleanup]
    public void Cleanup() => (utf8, stringRope, utf8Rope) = ([], Rope.Empty, Rope.Empty);

    [Benchmark(Baseline = true, Description = "newline scan")]
    public int NewlineScan() => text.AsSpan().Count('\n');

    [Benchmark(Description = "full parse")]
    public SyntaxTree FullParse() => SyntaxTree.Parse(text);

    [Benchmark(Description = "UTF-8 rope from bytes")]
    public Rope Utf8RopeFromBytes() => Rope.FromUtf8(utf8);

    [Benchmark(Description = "full parse of a prebuilt string rope")]
    public SyntaxTree FullParseOfStringRope() => SyntaxTree.Parse(stringRope);

    [Benchmark(Description = "full parse of a prebuilt UTF-8 rope")]
    public SyntaxTree FullParseOfUtf8Rope() => SyntaxTree.Parse(utf8Rope);

    [Benchmark(Description = "check (parse + all diagnostics)")]
    public int Check() => ListingDocument.Create(text).GetDiagnostics().Count;
}
