using ListingLsp.Analysis;

namespace ListingLsp.Server.Documents;

/// <summary>The analysis settings new documents get (the clock comes from DI so tests can fix "today").</summary>
internal sealed class AnalysisOptionsProvider(TimeProvider clock)
{
    public AnalysisOptions Current { get; set; } = AnalysisOptions.Default with { Clock = clock };
}
