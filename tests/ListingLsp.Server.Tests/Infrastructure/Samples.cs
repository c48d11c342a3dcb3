using ListingLsp.Tests.Shared;
using Microsoft.Extensions.DependencyInjection;

namespace ListingLsp.Server.Tests.Infrastructure;

/// <summary>The invented sample listings of this test project, and a fixed "today" for them.</summary>
public static class Samples
{
    public static string Folder => Path.Combine(Baseline.ProjectDir(), "Samples");

    public static string Read(string name) => File.ReadAllText(Path.Combine(Folder, name));

    public static string Uri(string name) => new Uri(Path.Combine(Folder, name)).AbsoluteUri;

    /// <summary>A small valid listing of one entry (with an org tag, no diagnostics).</summary>
    public const string OneEntry = "CLAug 8, 2024\nBrittle MirrorsHana Ito · kelvin-institute\nWe look at mirrors.\n";

    /// <summary>The day every test lives in (completion's "today", the future-date check).</summary>
    public static readonly DateTimeOffset Today = new(2026, 1, 15, 10, 0, 0, TimeSpan.Zero);

    public static void FixedClock(IServiceCollection services) => services.AddSingleton<TimeProvider>(new FixedTimeProvider(Today));

    private sealed class FixedTimeProvider(DateTimeOffset now) : TimeProvider
    {
        public override DateTimeOffset GetUtcNow() => now;

        public override TimeZoneInfo LocalTimeZone => TimeZoneInfo.Utc;
    }
}
