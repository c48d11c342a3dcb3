using BenchmarkDotNet.Attributes;
using ListingLsp.Analysis;
using ListingLsp.Benchmarks.Generation;
using ListingLsp.Syntax.Text;

namespace ListingLsp.Benchmarks.Micro;

/// <summary>
/// What the server does per keystroke: apply a one-character edit to an analysed document and ask for
/// every diagnostic again. The edit and its undo alternate, so the document never grows.
/// </summary>
public class ReanalysisBenchmarks
{
    private ListingDocument document = null!;
    private int baseLength;
    private int position;

    [Params(10_000, 100_000)]
    public int Entries { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        var listing = Listings.Get(Entries);
        document = ListingDocument.Create(listing.Text);
        _ = document.GetDiagnostics();
        baseLength = document.Text.Length;
        position = listing.Middle.AbstractOffset + GeneratedListing.EditColumn;
    }

    [Benchmark(Description = "one char edit + GetDiagnostics")]
    public int OneCharEditThenDiagnostics()
    {
        var change = document.Text.Length == baseLength
            ? new TextChange(new TextSpan(position, 0), "e")
            : new TextChange(new TextSpan(position, 1), "");
        document = document.WithChange(change);
        return document.GetDiagnostics().Count;
    }
}
