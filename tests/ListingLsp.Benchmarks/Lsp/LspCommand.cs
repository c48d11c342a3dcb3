using System.Runtime;
using System.Diagnostics;
using System.Text;
using System.Text.Json;
using ListingLsp.Benchmarks.Commands;
using ListingLsp.Benchmarks.Generation;

namespace ListingLsp.Benchmarks.Lsp;

/// <summary>
/// `lsp --cli PATH [--entries 10000,100000] [--edits 200] [--label NAME]`: end-to-end latency of the real server over
/// stdio, as an editor sees it: open to first diagnostics, one-character edit to fresh diagnostics,
/// document symbols, hover, completion, and the server's peak resident memory (VmHWM).
/// </summary>
internal static class LspCommand
{
    private const int WarmupEdits = 20;
    private const int Probes = 50;

    /// <summary>Edit-then-complete rounds (an even number, so the document ends as it started).</summary>
    private const int AfterEditProbes = 20;

    /// <summary>Room for what this client allocates while one edit is measured (the frame it reads and parses).</summary>
    private const long ClientAllocationPerEdit = 16 << 20;

    /// <summary>Idle time before the peak is read, longer than the server's quiet period plus a re-index at 100k.</summary>
    private static readonly TimeSpan SettleTime = TimeSpan.FromSeconds(4);

    public static async Task<int> RunAsync(VerbOptions options)
    {
        var cli = options.Require("--cli");
        var edits = options.Get("--edits") is { } e ? int.Parse(e) : 200;
        var label = options.Get("--label") ?? Path.GetFileName(Path.GetDirectoryName(Path.GetFullPath(cli)));
        var rows = new List<string>();
        foreach (var entries in options.Entries(10_000, 100_000))
        {
            rows.Add($"| {label} " + await MeasureAsync(cli, entries, edits + edits % 2));
        }
        Console.WriteLine();
        Console.WriteLine("| server | entries | file | initialize | open -> diagnostics | edit -> diagnostics p50 / p99 / max | first edit (cold) | documentSymbol p50 | hover p50 / p99 | completion p50 / p99 | completion after an edit p50 / max | peak RSS | peak / file |");
        Console.WriteLine("|---|---|---|---|---|---|---|---|---|---|---|---|---|");
        rows.ForEach(Console.WriteLine);
        return 0;
    }

    private static async Task<string> MeasureAsync(string cli, int entries, int edits)
    {
        var listing = ListingGenerator.Generate(entries);
        var path = Path.Combine(Path.GetTempPath(), $"listing-bench-lsp-{entries}.listing");
        await File.WriteAllTextAsync(path, listing.Text, new UTF8Encoding(false));
        var fileSize = new FileInfo(path).Length;
        var uri = new Uri(path).AbsoluteUri;
        Console.Error.WriteLine($"{Report.Entries(entries)} entries: {Report.Size(fileSize)}");

        var spawned = Stopwatch.GetTimestamp();
        await using var client = LspClient.Start(cli);
        var (_, _) = await client.RequestAsync("initialize", new
        {
            processId = Environment.ProcessId,
            rootUri = (string?)null,
            capabilities = new
            {
                general = new { positionEncodings = new[] { "utf-16" } },
                textDocument = new
                {
                    publishDiagnostics = new { versionSupport = true, relatedInformation = true },
                    hover = new { contentFormat = new[] { "markdown", "plaintext" } },
                    completion = new { completionItem = new { snippetSupport = true } },
                    documentSymbol = new { hierarchicalDocumentSymbolSupport = true },
                },
            },
        });
        var initialize = Stopwatch.GetElapsedTime(spawned);
        await client.SendAsync(LspClient.Notification("initialized", new { }));

        // Open: the frame is serialized before the clock starts; writing it is part of the measurement.
        var open = LspClient.Notification("textDocument/didOpen", new
        {
            textDocument = new { uri, languageId = "listing", version = 1, text = listing.Text },
        });
        var opened = Stopwatch.GetTimestamp();
        await client.SendAsync(open);
        var first = await client.WaitForDiagnosticsAsync(uri, 1, TimeSpan.FromMinutes(5));
        var openLatency = Stopwatch.GetElapsedTime(opened, first.ArrivedAt);
        Console.Error.WriteLine($"  open -> {first.Count} diagnostics in {Report.Time(openLatency)}");

        var version = 1;
        var editLatencies = new List<TimeSpan>();
        TimeSpan coldEdit = default;
        for (var k = 0; k < WarmupEdits + edits; k++)
        {
            var latency = await EditAsync(client, uri, ++version, listing, k);
            if (k == 0)
            {
                coldEdit = latency;
            }
            if (k >= WarmupEdits)
            {
                editLatencies.Add(latency);
            }
        }

        var symbols = new List<TimeSpan>();
        for (var i = 0; i < 4; i++)
        {
            var (response, latency) = await client.RequestAsync("textDocument/documentSymbol", new { textDocument = new { uri } });
            if (i > 0)
            {
                symbols.Add(latency);
            }
            else
            {
                Console.Error.WriteLine($"  documentSymbol: {response.Result.GetArrayLength()} top-level symbols");
            }
        }

        var hovers = await ProbeAsync(client, "textDocument/hover", uri, listing.CleanEntries, site => (site.BylineLine, 2));
        var withOrgs = listing.CleanEntries.Where(s => s.HasOrgs).ToList();
        var completions = await ProbeAsync(client, "textDocument/completion", uri, withOrgs, site => (site.BylineLine, site.BylineLength));
        var afterEdits = await CompletionsAfterEditsAsync(client, uri, version, listing, withOrgs);
        // The server re-indexes a large document once typing pauses: that work belongs in the peak too.
        await Task.Delay(SettleTime);
        var peak = ProcessMemory.PeakBytes(client.ProcessId) ?? 0;

        return $"| {Report.Entries(entries)} | {Report.Size(fileSize)} | {Report.Time(initialize)} | {Report.Time(openLatency)} " +
               $"| {P(editLatencies, 50)} / {P(editLatencies, 99)} / {P(editLatencies, 100)} | {Report.Time(coldEdit)} | {P(symbols, 50)} " +
               $"| {P(hovers, 50)} / {P(hovers, 99)} | {P(completions, 50)} / {P(completions, 99)} | {P(afterEdits, 50)} / {P(afterEdits, 100)} " +
               $"| {Report.Size(peak)} | {peak / (double)fileSize:F2}x |";
    }

    /// <summary>
    /// Typing, then asking for org tag completion: the first request after each edit sees new text, so it
    /// measures what the completion's workspace counts cost to bring up to date (the plain completion probe
    /// asks again and again on one version).
    /// </summary>
    private static async Task<List<TimeSpan>> CompletionsAfterEditsAsync(LspClient client, string uri, int version, GeneratedListing listing, IReadOnlyList<EntrySite> withOrgs)
    {
        var latencies = new List<TimeSpan>();
        for (var k = 0; k < AfterEditProbes; k++)
        {
            await EditAsync(client, uri, ++version, listing, k);
            var site = withOrgs[(int)(k * 4_099L % withOrgs.Count)];
            var (_, latency) = await client.RequestAsync("textDocument/completion", new
            {
                textDocument = new { uri },
                position = new { line = site.BylineLine, character = site.BylineLength },
            });
            latencies.Add(latency);
        }
        return latencies;
    }

    /// <summary>Edit k types one character into an abstract (even k) or deletes it again (odd k), pairs spread over the file.</summary>
    private static async Task<TimeSpan> EditAsync(LspClient client, string uri, int version, GeneratedListing listing, int k)
    {
        var site = listing.CleanEntries[(int)((k / 2) * 7_919L % listing.CleanEntries.Count)];
        var line = site.AbstractLine;
        var character = GeneratedListing.EditColumn;
        var change = k % 2 == 0
            ? new { range = Range(line, character, line, character), text = "e" }
            : new { range = Range(line, character, line, character + 1), text = "" };
        var frame = LspClient.Notification("textDocument/didChange", new
        {
            textDocument = new { uri, version },
            contentChanges = new[] { change },
        });
        // This process reads and parses each ~250 KB publication; without a no-GC region its own collections
        // (one every few edits) would land inside the measured window and be counted as the server's latency.
        var noGc = GC.TryStartNoGCRegion(ClientAllocationPerEdit);
        try
        {
            var sent = Stopwatch.GetTimestamp();
            await client.SendAsync(frame);
            var diagnostics = await client.WaitForDiagnosticsAsync(uri, version, TimeSpan.FromSeconds(60));
            return Stopwatch.GetElapsedTime(sent, diagnostics.ArrivedAt);
        }
        finally
        {
            if (noGc && GCSettings.LatencyMode == GCLatencyMode.NoGCRegion)
            {
                GC.EndNoGCRegion();
            }
        }
    }

    /// <summary>Asks at 55 places (the first 5 warm up) and reports on stderr how many answers had content.</summary>
    private static async Task<List<TimeSpan>> ProbeAsync(
        LspClient client, string method, string uri, IReadOnlyList<EntrySite> sites, Func<EntrySite, (int Line, int Character)> at)
    {
        var latencies = new List<TimeSpan>();
        var answered = 0;
        for (var i = 0; i < Probes + 5; i++)
        {
            var (line, character) = at(sites[(int)(i * 4_099L % sites.Count)]);
            var (response, latency) = await client.RequestAsync(method, new
            {
                textDocument = new { uri },
                position = new { line, character },
            });
            answered += response.Result.ValueKind is JsonValueKind.Object or JsonValueKind.Array ? 1 : 0;
            if (i >= 5)
            {
                latencies.Add(latency);
            }
        }
        Console.Error.WriteLine($"  {method}: {answered} of {Probes + 5} answers with content");
        return latencies;
    }

    private static object Range(int startLine, int startCharacter, int endLine, int endCharacter) => new
    {
        start = new { line = startLine, character = startCharacter },
        end = new { line = endLine, character = endCharacter },
    };

    private static string P(List<TimeSpan> samples, double percent) => Report.Time(Report.Percentile(samples, percent));
}
