using StreamJsonRpc;
using StreamJsonRpc.Protocol;

namespace ListingLsp.Server.Rpc;

/// <summary>
/// JsonRpc whose error responses are short: a code and a one-line message, never the exception
/// with its stack trace that StreamJsonRpc puts in <c>data</c> by default (the stack goes to the log).
/// </summary>
internal sealed class LspJsonRpc(IJsonRpcMessageHandler handler) : JsonRpc(handler)
{
    protected override JsonRpcError.ErrorDetail CreateErrorDetails(JsonRpcRequest request, Exception exception) =>
        exception is LocalRpcException local
            ? new JsonRpcError.ErrorDetail { Code = (JsonRpcErrorCode)local.ErrorCode, Message = local.Message, Data = local.ErrorData }
            : new JsonRpcError.ErrorDetail { Code = (JsonRpcErrorCode)LspErrors.InternalError, Message = $"{request.Method} failed: {exception.Message}" };
}
