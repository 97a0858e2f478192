using CertLang.LanguageServer.Protocol;
using Microsoft.Extensions.Logging;
using StreamJsonRpc;
using StreamJsonRpc.Protocol;

namespace CertLang.LanguageServer;

/// <summary>A <see cref="JsonRpc"/> connection that logs every request a handler failed and answers it with <c>InternalError</c> (no stack trace to the client).</summary>
internal sealed class LoggingJsonRpc(IJsonRpcMessageHandler handler, ILogger logger) : JsonRpc(handler)
{
    /// <inheritdoc />
    protected override JsonRpcError.ErrorDetail CreateErrorDetails(JsonRpcRequest request, Exception exception)
    {
        if (exception is LocalRpcException or OperationCanceledException)
        {
            logger.LogDebug("{Method} answered with an error: {Message}", request.Method, exception.Message);
            return base.CreateErrorDetails(request, exception);
        }

        logger.LogError(exception, "{Method} failed", request.Method);
        return new JsonRpcError.ErrorDetail { Code = (JsonRpcErrorCode)ErrorCodes.InternalError, Message = $"{request.Method} failed: {exception.Message}" };
    }
}
