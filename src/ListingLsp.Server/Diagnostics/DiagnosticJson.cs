using System.Buffers.Text;
using System.Text.Json;
using ListingLsp.Server.Protocol;
using ListingLsp.Syntax.Text;

namespace ListingLsp.Server.Diagnostics;

/// <summary>
/// One diagnostic serialized once, the line numbers of its positions (its range's and its related
/// locations', all in the same document) kept relative to a base line: when an edit above moves the
/// item that holds it, writing it again costs those numbers spliced into the bytes.
/// </summary>
internal sealed class DiagnosticJson
{
    private readonly byte[] utf8;
    private readonly LineNumber[] lines;
    private readonly int startCharacter;

    private DiagnosticJson(byte[] utf8, LineNumber[] lines, int startCharacter)
    {
        this.utf8 = utf8;
        this.lines = lines;
        this.startCharacter = startCharacter;
        var hash = Fnv.Basis;
        var at = 0;
        foreach (var line in lines)
        {
            hash = Fnv.Add(hash, utf8.AsSpan(at, line.At - at));
            at = line.At + line.Length;
        }
        Hash = Fnv.Add(hash, utf8.AsSpan(at));
    }

    /// <summary>The bytes without the line numbers (with them: <see cref="Fingerprint"/>).</summary>
    public ulong Hash { get; }

    /// <summary>The longest the diagnostic can be written, whatever its lines.</summary>
    public int MaxLength => utf8.Length + (11 * lines.Length);

    /// <summary>Serializes <paramref name="diagnostic"/> (absolute lines) relative to <paramref name="baseLine"/>.</summary>
    public static DiagnosticJson From(Diagnostic diagnostic, int baseLine)
    {
        var utf8 = JsonSerializer.SerializeToUtf8Bytes(diagnostic, LspJsonContext.Default.Diagnostic);
        var lines = FindLines(utf8);
        if (lines.Count == 0 || lines[0].Line != diagnostic.Range.Start.Line)
        {
            throw new InvalidOperationException("a diagnostic whose JSON does not start with its range");
        }
        return new DiagnosticJson(utf8, [.. lines.Select(l => l with { Line = l.Line - baseLine })], diagnostic.Range.Start.Character);
    }

    /// <summary>Where the diagnostic starts when written at <paramref name="baseLine"/> (the order of the list).</summary>
    public LinePosition Start(int baseLine) => new(lines[0].Line + baseLine, startCharacter);

    /// <summary>Mixes the diagnostic as written at <paramref name="baseLine"/> into a running hash.</summary>
    public ulong Fingerprint(ulong hash, int baseLine)
    {
        hash = Fnv.Add(hash, Hash);
        foreach (var line in lines)
        {
            hash = Fnv.Add(hash, (ulong)(line.Line + baseLine));
        }
        return hash;
    }

    /// <summary>Writes the diagnostic with its lines moved by <paramref name="baseLine"/>; <paramref name="scratch"/> holds <see cref="MaxLength"/> bytes.</summary>
    public void WriteTo(Utf8JsonWriter writer, int baseLine, Span<byte> scratch)
    {
        var written = 0;
        var at = 0;
        foreach (var line in lines)
        {
            written += Copy(utf8.AsSpan(at, line.At - at), scratch[written..]);
            written += Utf8Formatter.TryFormat(line.Line + baseLine, scratch[written..], out var digits) ? digits : throw new InvalidOperationException("scratch too small");
            at = line.At + line.Length;
        }
        written += Copy(utf8.AsSpan(at), scratch[written..]);
        writer.WriteRawValue(scratch[..written], skipInputValidation: true);
    }

    private static int Copy(ReadOnlySpan<byte> source, Span<byte> destination)
    {
        source.CopyTo(destination);
        return source.Length;
    }

    /// <summary>Every "line" number in the bytes (only positions have one), in order: the range's start first.</summary>
    private static List<LineNumber> FindLines(byte[] utf8)
    {
        var lines = new List<LineNumber>();
        var reader = new Utf8JsonReader(utf8);
        while (reader.Read())
        {
            if (reader.TokenType == JsonTokenType.PropertyName && reader.ValueTextEquals("line"u8) && reader.Read())
            {
                lines.Add(new LineNumber((int)reader.TokenStartIndex, reader.ValueSpan.Length, reader.GetInt32()));
            }
        }
        return lines;
    }

    /// <summary>A line number's place in the bytes, and its value (relative once stored).</summary>
    private readonly record struct LineNumber(int At, int Length, int Line);
}
