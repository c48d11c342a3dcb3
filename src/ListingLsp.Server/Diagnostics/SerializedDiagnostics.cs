using System.Buffers;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace ListingLsp.Server.Diagnostics;

/// <summary>
/// A document's diagnostics as the JSON array LSP sends, made of pre-serialized diagnostics
/// (<see cref="DiagnosticJson"/>): the items' in pieces with a base line each, and the document-wide
/// ones merged in by position (each before the first item diagnostic that starts at or after it).
/// It is immutable, so StreamJsonRpc may write it whenever it sends the message; the converter copies
/// bytes without a serializer.
/// </summary>
[JsonConverter(typeof(Converter))]
public sealed class SerializedDiagnostics
{
    private readonly IReadOnlyList<DiagnosticPiece> pieces;
    private readonly DiagnosticJson[] documentWide;

    /// <param name="pieces">Item diagnostics with the base line each is written at; no one changes them afterwards.</param>
    internal SerializedDiagnostics(IReadOnlyList<DiagnosticPiece> pieces, DiagnosticJson[] documentWide)
    {
        this.pieces = pieces;
        this.documentWide = documentWide;
    }

    public static SerializedDiagnostics Empty { get; } = new([], []);

    /// <summary>A stable fingerprint of exactly what is written (the pull model's resultId).</summary>
    public string Fingerprint()
    {
        var hash = Fnv.Basis;
        foreach (var (baseLine, diagnostic) in Ordered())
        {
            hash = diagnostic.Fingerprint(hash, baseLine);
        }
        return hash.ToString("x16", System.Globalization.CultureInfo.InvariantCulture);
    }

    /// <summary>Every diagnostic in the list's order, with the base line it is written at.</summary>
    private IEnumerable<(int BaseLine, DiagnosticJson Diagnostic)> Ordered()
    {
        var next = 0;
        foreach (var (baseLine, diagnostics) in pieces)
        {
            foreach (var diagnostic in diagnostics)
            {
                while (next < documentWide.Length && documentWide[next].Start(0) <= diagnostic.Start(baseLine))
                {
                    yield return (0, documentWide[next++]);
                }
                yield return (baseLine, diagnostic);
            }
        }
        while (next < documentWide.Length)
        {
            yield return (0, documentWide[next++]);
        }
    }

    private void WriteTo(Utf8JsonWriter writer)
    {
        var scratch = ArrayPool<byte>.Shared.Rent(1024);
        try
        {
            writer.WriteStartArray();
            foreach (var (baseLine, diagnostic) in Ordered())
            {
                if (diagnostic.MaxLength > scratch.Length)
                {
                    ArrayPool<byte>.Shared.Return(scratch);
                    scratch = ArrayPool<byte>.Shared.Rent(diagnostic.MaxLength);
                }
                diagnostic.WriteTo(writer, baseLine, scratch);
            }
            writer.WriteEndArray();
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(scratch);
        }
    }

    /// <summary>Write-only: the server never reads diagnostics back.</summary>
    internal sealed class Converter : JsonConverter<SerializedDiagnostics>
    {
        public override SerializedDiagnostics Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
            throw new NotSupportedException("diagnostics are only written");

        public override void Write(Utf8JsonWriter writer, SerializedDiagnostics value, JsonSerializerOptions options) => value.WriteTo(writer);
    }
}
