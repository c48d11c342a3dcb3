using BenchmarkDotNet.Attributes;
using ListingLsp.Syntax;

namespace ListingLsp.Benchmarks.Micro;

/// <summary>Incremental reparse of one edit in an entry in the middle of the file (see <see cref="ToggleEdit"/>).</summary>
public class EditBenchmarks
{
    private SyntaxTree tree = null!;
    private ToggleEdit oneChar;
    private ToggleEdit newline;

    [Params(10_000, 100_000)]
    public int Entries { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        var listing = Listings.Get(Entries);
        tree = SyntaxTree.Parse(listing.Text);
        oneChar = ToggleEdit.InAbstract(listing, "e");
        newline = ToggleEdit.InAbstract(listing, "\n");
    }

    [Benchmark(Description = "one char in an abstract")]
    public SyntaxTree OneCharInAbstract() => tree = tree.WithChange(oneChar.Next(tree.Text));

    [Benchmark(Description = "newline inside an entry")]
    public SyntaxTree NewlineInEntry() => tree = tree.WithChange(newline.Next(tree.Text));
}
