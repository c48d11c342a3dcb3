using System.Text;
using System.Text.Json;
using ListingLsp.Server.Tests.Infrastructure;
using ListingLsp.Tests.Shared;

namespace ListingLsp.Server.Tests;

/// <summary>
/// Hover, outline and completion as baseline files: Baselines/&lt;feature&gt;/NAME.listing (with ‸ marking
/// the caret for hover and completion) beside the expected answer. The server runs with the Samples
/// folder as its workspace, so author and org cards count papers there too.
/// Regenerate with LISTING_UPDATE_BASELINES=1 after an intended change and review the diff.
/// </summary>
public sealed class FeatureBaselineTests
{
    private const char Caret = '‸';

    private static readonly JsonSerializerOptions Indented = new() { WriteIndented = true };

    public static TheoryData<string> HoverCases => Baseline.Cases("hover");

    public static TheoryData<string> OutlineCases => Baseline.Cases("outline");

    public static TheoryData<string> CompletionCases => Baseline.Cases("completion");

    [Theory]
    [MemberData(nameof(HoverCases))]
    public async Task Hover(string file)
    {
        var (client, uri, line, character) = await OpenAsync(file);
        await using (client)
        {
            var hover = await client.RequestAsync("textDocument/hover", LspTestClient.At(uri, line, character));
            var actual = hover.ValueKind == JsonValueKind.Null
                ? "(no hover)\n"
                : $"<!-- range {Format(hover.GetProperty("range"))} -->\n{hover.GetProperty("contents").GetProperty("value").GetString()}";
            Baseline.Verify(Path.ChangeExtension(file, ".md"), actual);
        }
    }

    [Theory]
    [MemberData(nameof(OutlineCases))]
    public async Task Outline(string file)
    {
        var (client, uri, _, _) = await OpenAsync(file);
        await using (client)
        {
            var symbols = await client.RequestAsync("textDocument/documentSymbol", LspTestClient.Document(uri));
            Baseline.Verify(Path.ChangeExtension(file, ".json"), JsonSerializer.Serialize(symbols, Indented) + "\n");
        }
    }

    [Theory]
    [MemberData(nameof(CompletionCases))]
    public async Task Completion(string file)
    {
        var (client, uri, line, character) = await OpenAsync(file);
        await using (client)
        {
            var list = await client.RequestAsync("textDocument/completion", LspTestClient.At(uri, line, character));
            // One item per line keeps long lists (every known org) readable in a diff.
            var text = new StringBuilder();
            text.Append("{ \"isIncomplete\": ").Append(list.GetProperty("isIncomplete").GetBoolean() ? "true" : "false").Append(", \"items\": [\n");
            var items = list.GetProperty("items").EnumerateArray().Select(i => "  " + JsonSerializer.Serialize(i)).ToList();
            text.AppendJoin(",\n", items).Append("\n] }\n");
            Baseline.Verify(Path.ChangeExtension(file, ".json"), text.ToString());
        }
    }

    private static async Task<(LspTestClient Client, string Uri, int Line, int Character)> OpenAsync(string file)
    {
        var source = Baseline.Read(file).Replace("\r\n", "\n");
        var caret = source.IndexOf(Caret);
        var text = caret < 0 ? source : source.Remove(caret, 1);
        var before = caret < 0 ? string.Empty : text[..caret];
        var line = before.Count(c => c == '\n');
        var character = before.Length - (before.LastIndexOf('\n') + 1);

        var client = LspTestClient.StartInProcess(Samples.FixedClock);
        await client.InitializeAsync(workspaceFolder: Samples.Folder);
        await client.ProgressEndAsync();
        var uri = "file:///baselines/" + file;
        await client.OpenAsync(uri, text);
        return (client, uri, line, character);
    }

    private static string Format(JsonElement range) =>
        $"{range.GetProperty("start").GetProperty("line")}:{range.GetProperty("start").GetProperty("character")}-" +
        $"{range.GetProperty("end").GetProperty("line")}:{range.GetProperty("end").GetProperty("character")}";
}
