using BenchmarkDotNet.Running;
using ListingLsp.Benchmarks.Commands;
using ListingLsp.Benchmarks.Lsp;
using ListingLsp.Benchmarks.Micro;

// Measurement verbs first; anything else goes to BenchmarkDotNet (e.g. `--filter '*'`).
var options = new VerbOptions(args.Length > 0 ? args[1..] : []);
return args.FirstOrDefault() switch
{
    "generate" => GenerateCommand.Run(options),
    "stats" => StatsCommand.Run(options),
    "memory" => MemoryCommand.Run(options),
    "gc-pause" => GcPauseCommand.Run(options),
    "check" => await CheckCommand.RunAsync(options),
    "lsp" => await LspCommand.RunAsync(options),
    _ => RunBenchmarks(args),
};

static int RunBenchmarks(string[] args)
{
    var artifacts = Path.Combine(Path.GetTempPath(), "listing-bench-bdn");
    var summaries = BenchmarkSwitcher.FromAssembly(typeof(QuickConfig).Assembly).Run(args, QuickConfig.Create(artifacts));
    return summaries.Any(s => s.HasCriticalValidationErrors || s.Reports.Any(r => !r.Success)) ? 1 : 0;
}
