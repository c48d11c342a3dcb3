using System.Buffers;
using System.Diagnostics.CodeAnalysis;
using System.Text.Json;
using ListingLsp.Syntax.Text;

namespace ListingLsp.Server.Rpc;

/// <summary>A didOpen frame taken apart: its document's text as a rope, and the frame with <c>""</c> in its place.</summary>
internal sealed record DidOpenFrame(string Uri, int Version, Rope Text, byte[] Rest)
{
    private static readonly byte[][] TextPath = ["params"u8.ToArray(), "textDocument"u8.ToArray(), "text"u8.ToArray()];

    /// <summary>Splits a <c>textDocument/didOpen</c> frame; null for any other message or a malformed one
    /// (the caller then hands the frame to StreamJsonRpc as it is, which reports what is wrong).</summary>
    public static DidOpenFrame? TrySplit(ReadOnlySequence<byte> frame)
    {
        try
        {
            if (!TryFindText(frame, out var quote))
            {
                return null;
            }
            var builder = new RopeBuilder();
            if (JsonStringDecoder.Decode(frame.Slice(quote), builder) is not { } end)
            {
                return null;
            }
            var head = frame.Slice(0, quote);
            var tail = frame.Slice(end);
            var rest = new byte[head.Length + 2 + tail.Length];
            head.CopyTo(rest);
            "\"\""u8.CopyTo(rest.AsSpan((int)head.Length));
            tail.CopyTo(rest.AsSpan((int)head.Length + 2));
            return TryIdentify(rest, out var uri, out var version) ? new DidOpenFrame(uri, version, builder.ToRope(), rest) : null;
        }
        catch (JsonException)
        {
            return null;
        }
    }

    /// <summary>Finds the opening quote of <c>params.textDocument.text</c>, skipping every other value unread.</summary>
    private static bool TryFindText(ReadOnlySequence<byte> frame, out SequencePosition quote)
    {
        quote = default;
        var reader = new Utf8JsonReader(frame);
        var matched = 0;
        while (reader.Read())
        {
            if (reader.TokenType == JsonTokenType.EndObject && reader.CurrentDepth <= matched)
            {
                return false;
            }
            if (reader.TokenType != JsonTokenType.PropertyName)
            {
                continue;
            }
            var onPath = reader.CurrentDepth == matched + 1 && reader.ValueTextEquals(TextPath[matched]);
            if (onPath && matched == TextPath.Length - 1)
            {
                // The reader stands after the name; the value starts after white space and the colon.
                var value = new SequenceReader<byte>(frame.Slice(reader.Position));
                value.AdvancePastAny(" \t\r\n:"u8);
                quote = value.Position;
                return true;
            }
            reader.Read();
            if (onPath && reader.TokenType == JsonTokenType.StartObject)
            {
                matched++;
            }
            else
            {
                reader.Skip();
            }
        }
        return false;
    }

    /// <summary>The rest must be a didOpen with a URI and a version; it is small now, so a document is cheap.</summary>
    private static bool TryIdentify(byte[] rest, [NotNullWhen(true)] out string? uri, out int version)
    {
        (uri, version) = (null, 0);
        using var message = JsonDocument.Parse(rest);
        var root = message.RootElement;
        if (root.ValueKind != JsonValueKind.Object
            || !root.TryGetProperty("method"u8, out var method) || !method.ValueEquals("textDocument/didOpen"u8)
            || !root.TryGetProperty("params"u8, out var parameters) || parameters.ValueKind != JsonValueKind.Object
            || !parameters.TryGetProperty("textDocument"u8, out var item) || item.ValueKind != JsonValueKind.Object
            || !item.TryGetProperty("uri"u8, out var uriElement) || uriElement.ValueKind != JsonValueKind.String
            || !item.TryGetProperty("version"u8, out var versionElement) || !versionElement.TryGetInt32(out version))
        {
            return false;
        }
        uri = uriElement.GetString()!;
        return true;
    }
}
