using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Diagnosers;
using BenchmarkDotNet.Jobs;
using BenchmarkDotNet.Toolchains.InProcess.Emit;

namespace ListingLsp.Benchmarks.Micro;

/// <summary>
/// Few iterations, in process: the whole run takes minutes, and the 100k-entry listing is generated
/// once and shared by every case instead of once per spawned process.
/// </summary>
internal static class QuickConfig
{
    public static IConfig Create(string artifactsPath) =>
        ManualConfig.Create(DefaultConfig.Instance)
            .AddJob(Job.Default
                .WithToolchain(new InProcessEmitToolchain(TimeSpan.FromMinutes(10), logOutput: true))
                .WithLaunchCount(1)
                .WithWarmupCount(3)
                .WithIterationCount(10)
                .WithId("Quick"))
            .AddDiagnoser(MemoryDiagnoser.Default)
            .WithArtifactsPath(artifactsPath);
}
