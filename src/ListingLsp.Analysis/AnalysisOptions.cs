using System.Collections.Immutable;

namespace ListingLsp.Analysis;

/// <summary>User settings that change what analysis reports. Immutable; compare by value.</summary>
public sealed record AnalysisOptions
{
    public static AnalysisOptions Default { get; } = new();

    /// <summary>Clock for LST004 (future dates); injectable for tests.</summary>
    public TimeProvider Clock { get; init; } = TimeProvider.System;

    /// <summary>Per-code severity override; null means the code is off.</summary>
    public ImmutableDictionary<string, DiagnosticSeverity?> SeverityOverrides { get; init; } =
        ImmutableDictionary<string, DiagnosticSeverity?>.Empty;

    /// <summary>Org tags the user's lab knows, beyond the built-in list (completion).</summary>
    public ImmutableArray<string> ExtraOrgTags { get; init; } = [];

    /// <summary>Extra category codes (code -> full name) accepted besides the arXiv table.</summary>
    public ImmutableDictionary<string, string> ExtraCategories { get; init; } = ImmutableDictionary<string, string>.Empty;

    /// <summary>When true, dates later than today are not reported (LST004 off).</summary>
    public bool AllowFutureDates { get; init; }
}
