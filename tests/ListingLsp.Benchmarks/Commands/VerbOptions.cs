namespace ListingLsp.Benchmarks.Commands;

/// <summary>Tiny `--name value` reader for the measurement verbs (BenchmarkDotNet parses its own arguments).</summary>
internal sealed class VerbOptions(string[] args)
{
    public string? Get(string name)
    {
        var i = Array.IndexOf(args, name);
        return i >= 0 && i + 1 < args.Length ? args[i + 1] : null;
    }

    public bool Has(string name) => Array.IndexOf(args, name) >= 0;

    /// <summary>A comma-separated list of entry counts (`10000,100000`; `100k` and `1k` work too).</summary>
    public int[] Entries(params int[] defaults) =>
        Get("--entries") is { } value ? value.Split(',').Select(ParseCount).ToArray() : defaults;

    public string Require(string name) =>
        Get(name) ?? throw new ArgumentException($"missing {name}");

    private static int ParseCount(string text)
    {
        text = text.Trim().Replace("_", "", StringComparison.Ordinal);
        return text.EndsWith('k') ? int.Parse(text[..^1]) * 1_000 : int.Parse(text);
    }
}
