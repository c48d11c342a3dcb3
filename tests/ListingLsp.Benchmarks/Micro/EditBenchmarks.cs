using BenchmarkDotNet.Attributes;
using ListingLsp.Benchmarks.Generation;
using ListingLsp.Syntax;
using ListingLsp.Syntax.Text;

namespace ListingLsp.Benchmarks.Micro;

/// <summary>
/// Incremental reparse of one edit in an entry in the middle of the file. Each invocation applies
/// the edit to the current tree or undoes it, so the document never grows across iterations.
/// </summary>
public class EditBenchmarks
{
    private SyntaxTree tree = null!;
    private int baseLength;
    private int position;

    [Params(10_000, 100_000)]
    public int Entries { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        var listing = Listings.Get(Entries);
        tree = SyntaxTree.Parse(listing.Text);
        baseLength = tree.Text.Length;
        position = listing.Middle.AbstractOffset + GeneratedListing.EditColumn;
    }

    [Benchmark(Description = "one char in an abstract")]
    public SyntaxTree OneCharInAbstract() => tree = tree.WithChange(Toggle("e"));

    [Benchmark(Description = "newline inside an entry")]
    public SyntaxTree NewlineInEntry() => tree = tree.WithChange(Toggle("\n"));

    private TextChange Toggle(string inserted) =>
        tree.Text.Length == baseLength
            ? new TextChange(new TextSpan(position, 0), inserted)
            : new TextChange(new TextSpan(position, inserted.Length), "");
}
