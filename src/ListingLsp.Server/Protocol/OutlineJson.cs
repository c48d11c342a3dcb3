using System.Text.Json;
using System.Text.Json.Serialization;
using ListingLsp.Analysis;
using ListingLsp.Server.Documents;
using ListingLsp.Syntax;
using ListingLsp.Syntax.Text;

namespace ListingLsp.Server.Protocol;

/// <summary>
/// The outline of one snapshot (LSP <c>DocumentSymbol[]</c>), written straight into the response while
/// StreamJsonRpc serializes it. As objects, 100k entries are half a million symbols, ranges and positions that
/// live through the whole request and end as gen2 garbage, about a third of the document's size each time
/// the editor asks; written this way only one entry's headline is alive at a time. The snapshot is immutable,
/// so writing later than the request ran is writing the same answer.
/// </summary>
/// <remarks>
/// <c>## sections</c> contain their entries; entries before the first section stand at the top. An entry is
/// named by its title, its detail is <c>CL · Aug 8, 2025</c>, its range covers its lines and its selection range
/// is the title. Properties come in the order the LSP specification lists them (name, detail, kind, range,
/// selectionRange, children).
/// </remarks>
[JsonConverter(typeof(Converter))]
internal sealed class OutlineJson(ListingDocument listing, PositionConverter positions)
{
    private void WriteTo(Utf8JsonWriter writer)
    {
        var text = listing.Text;
        var sectionEnds = new Queue<int>(SectionEnds());
        // Two cursors, each asked in ascending order: one for starts and titles, one for section ends.
        var cursor = positions.Cursor(text);
        var endCursor = positions.Cursor(text);
        using var entries = listing.Headlines.GetEnumerator();
        var inSection = false;
        writer.WriteStartArray();
        foreach (var item in listing.Syntax.Items)
        {
            if (item.Kind == SyntaxKind.SectionHeading)
            {
                if (inSection)
                {
                    writer.WriteEndArray();
                    writer.WriteEndObject();
                }
                var heading = text.ToString(item.Span).TrimEnd('\r', '\n');
                var span = new TextSpan(item.Position, heading.Length);
                var start = cursor.ToPosition(span.Start);
                writer.WriteStartObject();
                writer.WriteString("name"u8, NonEmpty(heading.TrimStart('#', ' ', '\t').Trim(), "(section)"));
                writer.WriteNumber("kind"u8, (int)SymbolKind.Namespace);
                WriteRange(writer, "range"u8, start, endCursor.ToPosition(text.EndBeforeFinalBreak(TextSpan.FromBounds(span.Start, sectionEnds.Dequeue()))));
                WriteRange(writer, "selectionRange"u8, start, cursor.ToPosition(span.End));
                writer.WriteStartArray("children"u8);
                inSection = true;
            }
            else if (item.Kind == SyntaxKind.Entry && entries.MoveNext())
            {
                WriteEntry(writer, text, cursor, entries.Current);
            }
        }
        if (inSection)
        {
            writer.WriteEndArray();
            writer.WriteEndObject();
        }
        writer.WriteEndArray();
    }

    /// <summary>Where each section ends: after its last item that is not a blank line.</summary>
    private List<int> SectionEnds()
    {
        var ends = new List<int>();
        foreach (var item in listing.Syntax.Items)
        {
            if (item.Kind == SyntaxKind.SectionHeading)
            {
                ends.Add(item.Span.End);
            }
            else if (ends.Count > 0 && item.Kind != SyntaxKind.BlankLine)
            {
                ends[^1] = item.Span.End;
            }
        }
        return ends;
    }

    /// <summary>One entry; its positions are asked in ascending order, so the cursor only moves forward.</summary>
    private static void WriteEntry(Utf8JsonWriter writer, Rope text, PositionCursor cursor, EntryHeadline entry)
    {
        var start = cursor.ToPosition(entry.Span.Start);
        var selection = entry.Title is { Value.Length: > 0 } title ? title.Span : entry.HeaderSpan;
        var selectionStart = cursor.ToPosition(selection.Start);
        var selectionEnd = cursor.ToPosition(text.EndBeforeFinalBreak(selection));
        var end = cursor.ToPosition(text.EndBeforeFinalBreak(entry.Span));
        writer.WriteStartObject();
        writer.WriteString("name"u8, NonEmpty(entry.Title?.Value, text.ToString(entry.HeaderSpan).TrimEnd('\r', '\n')));
        var detail = string.Join(" · ", new[] { entry.Category?.Value, entry.DateText?.Value }.Where(p => !string.IsNullOrEmpty(p)));
        if (detail.Length > 0)
        {
            writer.WriteString("detail"u8, detail);
        }
        writer.WriteNumber("kind"u8, (int)SymbolKind.Object);
        WriteRange(writer, "range"u8, start, end);
        WriteRange(writer, "selectionRange"u8, selectionStart, selectionEnd);
        writer.WriteEndObject();
    }

    private static void WriteRange(Utf8JsonWriter writer, ReadOnlySpan<byte> name, Position start, Position end)
    {
        writer.WriteStartObject(name);
        WritePosition(writer, "start"u8, start);
        WritePosition(writer, "end"u8, end);
        writer.WriteEndObject();
    }

    private static void WritePosition(Utf8JsonWriter writer, ReadOnlySpan<byte> name, Position position)
    {
        writer.WriteStartObject(name);
        writer.WriteNumber("line"u8, position.Line);
        writer.WriteNumber("character"u8, position.Character);
        writer.WriteEndObject();
    }

    /// <summary>Editors reject symbols with an empty name.</summary>
    private static string NonEmpty(string? name, string fallback) =>
        !string.IsNullOrWhiteSpace(name) ? name : !string.IsNullOrWhiteSpace(fallback) ? fallback : "(untitled)";

    /// <summary>Write-only: the server never reads an outline back.</summary>
    internal sealed class Converter : JsonConverter<OutlineJson>
    {
        public override OutlineJson Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
            throw new NotSupportedException("outlines are only written");

        public override void Write(Utf8JsonWriter writer, OutlineJson value, JsonSerializerOptions options) => value.WriteTo(writer);
    }
}
