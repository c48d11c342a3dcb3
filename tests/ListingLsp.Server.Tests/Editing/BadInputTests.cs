using System.Text.Json;
using System.Text.Json.Nodes;
using ListingLsp.Server.Tests.Infrastructure;

namespace ListingLsp.Server.Tests.Editing;

/// <summary>The editing requests on a document that is not open, and at positions past the end, answer calmly.</summary>
public sealed class BadInputTests
{
    private const string Uri = "file:///work/bad.listing";

    private static JsonObject WithRange(JsonObject request, int line)
    {
        request["range"] = LspTestClient.Range(line, 0, line + 5, 0);
        request["context"] = new JsonObject { ["diagnostics"] = new JsonArray(), ["only"] = new JsonArray("source") };
        request["positions"] = new JsonArray(new JsonObject { ["line"] = line, ["character"] = 400 });
        request["newName"] = "Someone Else";
        request["options"] = new JsonObject { ["tabSize"] = 2, ["insertSpaces"] = true };
        return request;
    }

    public static TheoryData<string> Methods =>
    [
        "textDocument/codeAction", "textDocument/formatting", "textDocument/rangeFormatting", "textDocument/references",
        "textDocument/documentHighlight", "textDocument/foldingRange", "textDocument/selectionRange",
        "textDocument/semanticTokens/full", "textDocument/semanticTokens/range", "textDocument/documentLink", "textDocument/inlayHint",
    ];

    [Theory]
    [MemberData(nameof(Methods))]
    public async Task A_document_that_is_not_open_gets_an_empty_answer(string method)
    {
        await using var client = await EditingSession.StartAsync();
        var result = await client.RequestAsync(method, WithRange(LspTestClient.At(Uri, 0, 0), 0));
        Assert.Equal(JsonValueKind.Null, result.ValueKind);
    }

    [Theory]
    [MemberData(nameof(Methods))]
    public async Task A_position_past_the_end_is_clamped_not_an_error(string method)
    {
        await using var client = await EditingSession.OpenAsync(Uri, "CLAug 8, 2024\nA TitleAnn Lee\nText.");
        var result = await client.RequestAsync(method, WithRange(LspTestClient.At(Uri, 90, 9), 90));
        Assert.NotEqual(JsonValueKind.Undefined, result.ValueKind);
    }
}
