using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using ListingLsp.Server.Tests.Infrastructure;
using ListingLsp.Syntax.Text;

namespace ListingLsp.Server.Tests.Editing;

/// <summary>Helpers of the editing-feature tests: a started server, edits applied the way an editor applies them, results as readable JSON.</summary>
internal static class EditingSession
{
    public static async Task<LspTestClient> StartAsync(JsonObject? capabilities = null, string? workspaceFolder = null)
    {
        var client = LspTestClient.StartInProcess(Samples.FixedClock);
        await client.InitializeAsync(capabilities, workspaceFolder);
        return client;
    }

    public static async Task<LspTestClient> OpenAsync(string uri, string text, JsonObject? capabilities = null)
    {
        var client = await StartAsync(capabilities);
        await client.OpenAsync(uri, text);
        return client;
    }

    /// <summary>The text after applying LSP text edits (all relative to the original text, as the protocol says).</summary>
    public static string Apply(string text, JsonElement edits)
    {
        var rope = Rope.From(text);
        var changes = edits.EnumerateArray()
            .Select(e => (Start: Offset(rope, e.GetProperty("range").GetProperty("start")), End: Offset(rope, e.GetProperty("range").GetProperty("end")), Text: e.GetProperty("newText").GetString()!))
            .OrderByDescending(c => c.Start)
            .ToList();
        foreach (var (start, end, newText) in changes)
        {
            text = text[..start] + newText + text[end..];
        }
        return text;
    }

    /// <summary>The edits a workspace edit makes to one document (documentChanges form).</summary>
    public static JsonElement EditsFor(JsonElement workspaceEdit, string uri) =>
        workspaceEdit.GetProperty("documentChanges").EnumerateArray().Single(c => c.GetProperty("textDocument").GetProperty("uri").GetString() == uri).GetProperty("edits");

    public static int Offset(Rope text, JsonElement position) =>
        text.GetOffset(new LinePosition(position.GetProperty("line").GetInt32(), position.GetProperty("character").GetInt32()));

    private static readonly JsonSerializerOptions Indented = new() { WriteIndented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    /// <summary>A result as indented JSON, with machine-specific text (temporary folders) replaced.</summary>
    public static string Json(JsonElement result, params (string Find, string Replace)[] replacements)
    {
        var json = JsonSerializer.Serialize(result, Indented) + "\n";
        return replacements.Aggregate(json, (s, r) => s.Replace(r.Find, r.Replace, StringComparison.Ordinal));
    }
}
