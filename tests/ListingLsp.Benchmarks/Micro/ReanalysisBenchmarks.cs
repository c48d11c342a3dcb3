using BenchmarkDotNet.Attributes;
using ListingLsp.Analysis;

namespace ListingLsp.Benchmarks.Micro;

/// <summary>
/// What the server does per keystroke: apply a one-character edit to an analysed document and ask for
/// every diagnostic again (the edit and its undo alternate, see <see cref="ToggleEdit"/>).
/// </summary>
public class ReanalysisBenchmarks
{
    private ListingDocument document = null!;
    private ToggleEdit edit;

    [Params(10_000, 100_000)]
    public int Entries { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        var listing = Listings.Get(Entries);
        document = ListingDocument.Create(listing.Text);
        _ = document.GetDiagnostics();
        edit = ToggleEdit.InAbstract(listing, "e");
    }

    [Benchmark(Description = "one char edit + GetDiagnostics")]
    public int OneCharEditThenDiagnostics()
    {
        document = document.WithChange(edit.Next(document.Text));
        return document.GetDiagnostics().Count;
    }
}
