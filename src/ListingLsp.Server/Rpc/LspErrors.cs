using StreamJsonRpc;

namespace ListingLsp.Server.Rpc;

/// <summary>JSON-RPC and LSP error codes this server answers with.</summary>
internal static class LspErrors
{
    public const int InvalidRequest = -32600;
    public const int InvalidParams = -32602;
    public const int InternalError = -32603;
    public const int ServerNotInitialized = -32002;
    public const int RequestCancelled = -32800;
    public const int ContentModified = -32801;

    public static LocalRpcException Create(int code, string message) => new(message) { ErrorCode = code };
}
