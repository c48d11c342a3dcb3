using ListingLsp.Analysis;
using ListingLsp.Benchmarks.Generation;

namespace ListingLsp.Benchmarks.Commands;

/// <summary>
/// `stats [--entries 10000]`: what the generator produced as the analysis sees it: size per entry,
/// diagnostics per code, and any diagnostic on an entry the generator meant to be clean (should be none).
/// </summary>
internal static class StatsCommand
{
    public static int Run(VerbOptions options)
    {
        var entries = options.Entries(10_000)[0];
        var listing = ListingGenerator.Generate(entries);
        var document = ListingDocument.Create(listing.Text);
        var diagnostics = document.GetDiagnostics();

        Console.WriteLine($"{entries:N0} entries, {listing.Text.Length:N0} chars ({listing.Text.Length / (double)entries:F0} per entry), " +
                          $"{listing.Defects} planted defects, {diagnostics.Count} diagnostics");
        foreach (var group in diagnostics.GroupBy(d => d.Code).OrderBy(g => g.Key, StringComparer.Ordinal))
        {
            Console.WriteLine($"  {group.Key}: {group.Count()}");
        }

        var cleanLines = listing.CleanEntries.SelectMany(s => new[] { s.HeaderLine, s.BylineLine, s.AbstractLine }).ToHashSet();
        var unexpected = diagnostics.Where(d => cleanLines.Contains(document.Text.GetLineIndex(d.Span.Start))).ToList();
        foreach (var diagnostic in unexpected.Take(10))
        {
            var line = document.Text.GetLineIndex(diagnostic.Span.Start);
            Console.WriteLine($"  on a clean entry, line {line + 1}: {diagnostic.Code} {diagnostic.Message}");
        }
        Console.WriteLine($"{unexpected.Count} diagnostics on entries meant to be clean");
        return unexpected.Count == 0 ? 0 : 1;
    }
}
