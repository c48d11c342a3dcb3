using System.Buffers;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using CsCheck;
using ListingLsp.Server.Rpc;

namespace ListingLsp.Server.Tests;

/// <summary>
/// A large didOpen's text is decoded from the frame's bytes without StreamJsonRpc: whatever the text, however
/// the client escaped it and however the frame arrived in pieces, the rope holds exactly the text and the
/// rest of the frame is the same message with an empty text.
/// </summary>
public sealed class DidOpenFramePropertyTests
{
    private static readonly Gen<string> Piece = Gen.OneOf(
        Gen.Const("a"), Gen.Const(" "), Gen.Const("\""), Gen.Const("\\"), Gen.Const("\\emph{x}"), Gen.Const("/"), Gen.Const("\t"),
        Gen.Const("\u0001"), Gen.Const("é"), Gen.Const("·"), Gen.Const("王"), Gen.Const("😀"), Gen.Const("\n"), Gen.Const("\r\n"),
        Gen.Const("\r"), Gen.Const("<&>'"), Gen.Const("\u2028"), Gen.Const("CLAug 8, 2024\n"));

    private static readonly Gen<string> Text = Piece.Array[0, 60].Select(p => string.Concat(p));

    /// <summary>Node's JSON.stringify keeps non-ASCII as it is; System.Text.Json's default escapes it as \uXXXX.</summary>
    private static readonly JsonSerializerOptions[] Encoders =
        [new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping }, new() { Encoder = JavaScriptEncoder.Default }];

    [Fact]
    public void The_text_survives_any_escaping_and_any_segmentation()
    {
        Gen.Select(Text, Gen.Int[0, 1], Gen.Int[1, 64]).Sample((text, encoder, segment) =>
        {
            var frame = Frame(text, Encoders[encoder]);
            var split = DidOpenFrame.TrySplit(Segmented(frame, segment));
            Assert.NotNull(split);
            Assert.Equal(text, split.Text.ToString());
            Assert.Equal(("file:///big.listing", 7), (split.Uri, split.Version));
            var rest = JsonNode.Parse(split.Rest)!;
            Assert.Equal("", (string?)rest["params"]!["textDocument"]!["text"]);
            Assert.Equal("listing", (string?)rest["params"]!["textDocument"]!["languageId"]);
        });
    }

    [Fact]
    public void A_lone_surrogate_escape_becomes_a_replacement_character()
    {
        var frame = Encoding.UTF8.GetBytes(Message("\"a\\ud800b\\udc00\\ud83d\\ude00\""));
        Assert.Equal("a\uFFFDb\uFFFD😀", DidOpenFrame.TrySplit(new ReadOnlySequence<byte>(frame))!.Text.ToString());
    }

    [Theory]
    [InlineData("{\"jsonrpc\":\"2.0\",\"method\":\"textDocument/didChange\",\"params\":{\"textDocument\":{\"uri\":\"u\",\"version\":1,\"text\":\"x\"}}}")]
    [InlineData("{\"jsonrpc\":\"2.0\",\"method\":\"textDocument/didOpen\",\"params\":{\"textDocument\":{\"uri\":\"u\",\"version\":1,\"text\":null}}}")]
    [InlineData("{\"jsonrpc\":\"2.0\",\"method\":\"textDocument/didOpen\",\"params\":{\"textDocument\":{\"uri\":\"u\",\"text\":\"x\"}}}")]
    [InlineData("{\"jsonrpc\":\"2.0\",\"method\":\"textDocument/didOpen\",\"params\":{\"textDocument\":{\"uri\":\"u\",\"version\":1,\"text\":\"a\\qb\"}}}")]
    [InlineData("{\"jsonrpc\":\"2.0\",\"method\":\"textDocument/didOpen\",\"params\":{\"textDocument\":{\"uri\":\"u\",\"version\":1,\"text\":\"unterminated")]
    [InlineData("{\"jsonrpc\":\"2.0\",\"method\":\"textDocument/didOpen\",\"params\":{\"other\":{\"text\":\"x\"},\"textDocument\":{\"uri\":\"u\",\"version\":1}}}")]
    public void Anything_but_a_well_formed_didOpen_is_left_to_StreamJsonRpc(string message) =>
        Assert.Null(DidOpenFrame.TrySplit(new ReadOnlySequence<byte>(Encoding.UTF8.GetBytes(message))));

    [Fact]
    public void Properties_in_any_order_and_values_before_the_text_are_skipped()
    {
        var message = "{\"params\":{\"extra\":[1,{\"text\":\"no\"}],\"textDocument\":{\"text\" : \"yes\\n\",\"version\":2,\"uri\":\"u\",\"languageId\":\"listing\"}},"
            + "\"method\":\"textDocument/didOpen\",\"jsonrpc\":\"2.0\"}";
        var split = DidOpenFrame.TrySplit(new ReadOnlySequence<byte>(Encoding.UTF8.GetBytes(message)))!;
        Assert.Equal(("yes\n", "u", 2), (split.Text.ToString(), split.Uri, split.Version));
    }

    private static string Message(string textJson) =>
        "{\"jsonrpc\":\"2.0\",\"method\":\"textDocument/didOpen\",\"params\":{\"textDocument\":{\"uri\":\"u\",\"languageId\":\"listing\",\"version\":1,\"text\":" + textJson + "}}}";

    private static byte[] Frame(string text, JsonSerializerOptions encoder)
    {
        var message = new JsonObject
        {
            ["jsonrpc"] = "2.0",
            ["method"] = "textDocument/didOpen",
            ["params"] = new JsonObject
            {
                ["textDocument"] = new JsonObject { ["uri"] = "file:///big.listing", ["languageId"] = "listing", ["version"] = 7, ["text"] = text },
            },
        };
        return JsonSerializer.SerializeToUtf8Bytes(message, encoder);
    }

    /// <summary>The frame as a chain of segments of <paramref name="size"/> bytes, as a pipe hands it over.</summary>
    private static ReadOnlySequence<byte> Segmented(byte[] frame, int size)
    {
        var first = new Segment(frame.AsMemory(0, Math.Min(size, frame.Length)), 0);
        var last = first;
        for (var start = size; start < frame.Length; start += size)
        {
            last = last.Append(frame.AsMemory(start, Math.Min(size, frame.Length - start)));
        }
        return new ReadOnlySequence<byte>(first, 0, last, last.Memory.Length);
    }

    private sealed class Segment : ReadOnlySequenceSegment<byte>
    {
        public Segment(ReadOnlyMemory<byte> memory, long runningIndex)
        {
            Memory = memory;
            RunningIndex = runningIndex;
        }

        public Segment Append(ReadOnlyMemory<byte> memory)
        {
            var next = new Segment(memory, RunningIndex + Memory.Length);
            Next = next;
            return next;
        }
    }
}
