using System.Globalization;
using System.Text;
using System.Text.Json.Nodes;
using ListingLsp.Server.Documents;
using ListingLsp.Server.Rpc;
using ListingLsp.Server.Workspace;
using ListingLsp.Server.Tests.Infrastructure;

namespace ListingLsp.Server.Tests;

/// <summary>
/// A document over <see cref="LspMessageFormatter.LargeFrame"/> is opened through the staged-text path (its text
/// decoded from the frame into a UTF-8 rope); the editor must not be able to tell.
/// </summary>
public sealed class LargeDocumentTests
{
    private const string Uri = "file:///work/big.listing";

    [Fact]
    public async Task A_large_document_opens_with_exact_text_and_positions()
    {
        // Titles differ (duplicate titles are a diagnostic); the rest repeats escapes, tabs, non-ASCII and a surrogate pair.
        var text = new StringBuilder();
        for (var i = 0; text.Length < LspMessageFormatter.LargeFrame * 1.2; i++)
        {
            text.Append(CultureInfo.InvariantCulture, $$"""
                CLMar 3, 2023Code
                "Quoted" Lenses for {{i}} Tiny Parsers 😀Ana Ruiz, Wei Zhang · tsinghua
                We study \emph{tiny} parsers in $O(n)$ time, with "quotes", tabs	and Zoë's café (https://github.com/ana/lenses).


                """);
        }
        var linesBefore = text.ToString().Count(c => c == '\n');
        // The last entry has a day that does not exist, after a surrogate pair and CRLF line ends.
        text.Append("CLMar 33, 2023\r\nThe Last 😀 EntryAna Ruiz\r\nText.\r\n");

        await using var client = await DocumentSyncTests.StartAsync();
        await client.OpenAsync(Uri, text.ToString(), version: 4);
        var published = await client.DiagnosticsAsync(Uri, p => p.GetProperty("version").GetInt32() == 4);
        var diagnostic = Assert.Single(published.GetProperty("diagnostics").EnumerateArray());
        Assert.Equal("LST003", diagnostic.GetProperty("code").GetString());
        Assert.Equal(linesBefore, diagnostic.GetProperty("range").GetProperty("start").GetProperty("line").GetInt32());

        var hover = await client.RequestAsync("textDocument/hover", LspTestClient.At(Uri, linesBefore + 1, 3));
        Assert.Contains("The Last 😀 Entry", hover.GetProperty("contents").GetProperty("value").GetString(), StringComparison.Ordinal);
        var symbols = await client.RequestAsync("textDocument/documentSymbol", LspTestClient.Document(Uri));
        Assert.Equal("\"Quoted\" Lenses for 0 Tiny Parsers 😀", symbols[0].GetProperty("name").GetString());
    }

    [Fact]
    public async Task A_large_document_joins_the_org_counts_once_typing_pauses()
    {
        var text = new StringBuilder();
        for (var i = 0; text.Length < DocumentStore.LargeText; i++)
        {
            text.Append(CultureInfo.InvariantCulture, $"CLMar 3, 2023\nPaper {i} on ParsingAna Ruiz · lab{i % 2}\nText.\n\n");
        }
        var lines = text.ToString().Count(c => c == '\n');
        await using var client = await DocumentSyncTests.StartAsync();
        await client.OpenAsync(Uri, text.ToString());
        var orgPart = LspTestClient.At(Uri, 1, "Paper 0 on ParsingAna Ruiz · ".Length);
        // The caret's entry has lab0; completion offers the tags it does not have yet.
        Assert.Contains("lab1", await OrgTagsAsync(client, orgPart));

        await client.ChangeAsync(Uri, 2, LspTestClient.Edit(lines, 0, lines, 0, "CLMar 3, 2023\nThe Last PaperAna Ruiz · newlab\nText.\n"));
        // Answered at once from the previous version's counts, then brought up to date in the background.
        await OrgTagsAsync(client, orgPart);
        var deadline = DateTime.UtcNow + LspTestClient.Patience;
        while (!(await OrgTagsAsync(client, orgPart)).Contains("newlab"))
        {
            Assert.True(DateTime.UtcNow < deadline, "the edit never reached the org counts");
            await Task.Delay(WorkspaceService.QuietPeriod);
        }
    }

    private static async Task<List<string?>> OrgTagsAsync(LspTestClient client, JsonObject at)
    {
        var list = await client.RequestAsync("textDocument/completion", at);
        return [.. list.GetProperty("items").EnumerateArray().Select(i => i.GetProperty("label").GetString())];
    }
}
