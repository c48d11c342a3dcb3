using System.Text;
using ListingLsp.Benchmarks.Generation;

namespace ListingLsp.Benchmarks.Commands;

/// <summary>`generate --entries 100000 --out big.listing [--seed N]`: writes a generated listing (UTF-8, no BOM).</summary>
internal static class GenerateCommand
{
    public static int Run(VerbOptions options)
    {
        var entries = options.Entries(1_000)[0];
        var seed = options.Get("--seed") is { } s ? int.Parse(s) : ListingGenerator.DefaultSeed;
        var path = options.Require("--out");
        var listing = ListingGenerator.Generate(entries, seed);
        File.WriteAllText(path, listing.Text, new UTF8Encoding(encoderShouldEmitUTF8Identifier: false));
        Console.WriteLine($"{path}: {entries} entries, {listing.Defects} with a defect, {new FileInfo(path).Length:N0} bytes");
        return 0;
    }
}
