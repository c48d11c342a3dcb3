using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.Json.Serialization.Metadata;
using StreamJsonRpc;

namespace ListingLsp.Server.Rpc;

/// <summary>
/// Contract for StreamJsonRpc's <see cref="RequestId"/>, which <c>$/cancelRequest</c> carries in both
/// directions. The source-generated context cannot name it (its converter is internal), and without a
/// contract an incoming cancellation fails to bind and the request is never cancelled.
/// </summary>
internal sealed class RequestIdResolver : IJsonTypeInfoResolver
{
    public static RequestIdResolver Instance { get; } = new();

    public JsonTypeInfo? GetTypeInfo(Type type, JsonSerializerOptions options) =>
        type == typeof(RequestId) ? JsonMetadataServices.CreateValueInfo<RequestId>(options, new Converter()) : null;

    private sealed class Converter : JsonConverter<RequestId>
    {
        public override RequestId Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
            reader.TokenType switch
            {
                JsonTokenType.Number => new RequestId(reader.GetInt64()),
                JsonTokenType.String => new RequestId(reader.GetString()),
                JsonTokenType.Null => RequestId.Null,
                _ => throw new JsonException("a request id is a number or a string"),
            };

        public override void Write(Utf8JsonWriter writer, RequestId value, JsonSerializerOptions options)
        {
            if (value.Number is long number)
            {
                writer.WriteNumberValue(number);
            }
            else if (value.String is string text)
            {
                writer.WriteStringValue(text);
            }
            else
            {
                writer.WriteNullValue();
            }
        }
    }
}
