using System.Buffers;
using System.Diagnostics.CodeAnalysis;
using System.Text;
using ListingLsp.Server.Documents;
using StreamJsonRpc;
using StreamJsonRpc.Protocol;

namespace ListingLsp.Server.Rpc;

/// <summary>
/// StreamJsonRpc's System.Text.Json formatter, except for large messages. Outgoing ones are written in large
/// spans (<see cref="LargeSpanBufferWriter"/>). For an incoming large didOpen, the stock path would copy the
/// frame into one array for a JsonDocument and then decode the text into a string twice the file's size,
/// three copies of the document at once. Here the text goes from the frame's bytes into a UTF-8 rope
/// (<see cref="StagedTexts"/>) and StreamJsonRpc gets the frame with an empty text in its place.
/// </summary>
[RequiresUnreferencedCode("StreamJsonRpc's formatter; every contract here is source-generated.")]
[RequiresDynamicCode("StreamJsonRpc's formatter; every contract here is source-generated.")]
internal sealed class LspMessageFormatter(StagedTexts staged) : SystemTextJsonFormatter, IJsonRpcMessageFormatter, IJsonRpcMessageTextFormatter
{
    /// <summary>Frames below this size take the stock path: their copies cost nothing worth saving.</summary>
    internal const int LargeFrame = 1 << 20;

    JsonRpcMessage IJsonRpcMessageFormatter.Deserialize(ReadOnlySequence<byte> contentBuffer) =>
        Deserialize(contentBuffer, Encoding);

    void IJsonRpcMessageFormatter.Serialize(IBufferWriter<byte> bufferWriter, JsonRpcMessage message) =>
        Serialize(new LargeSpanBufferWriter(bufferWriter), message);

    JsonRpcMessage IJsonRpcMessageTextFormatter.Deserialize(ReadOnlySequence<byte> contentBuffer, Encoding encoding) =>
        Deserialize(contentBuffer, encoding);

    private new JsonRpcMessage Deserialize(ReadOnlySequence<byte> contentBuffer, Encoding encoding)
    {
        if (contentBuffer.Length < LargeFrame || encoding is not UTF8Encoding || DidOpenFrame.TrySplit(contentBuffer) is not { } frame)
        {
            return base.Deserialize(contentBuffer, encoding);
        }
        staged.Add(frame.Uri, frame.Version, frame.Text);
        return base.Deserialize(new ReadOnlySequence<byte>(frame.Rest), encoding);
    }
}
