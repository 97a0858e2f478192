using System.Text.Json;
using CertLang.LanguageServer.Protocol;
using Microsoft.Extensions.Logging;
using StreamJsonRpc;
using StreamJsonRpc.Protocol;

namespace CertLang.LanguageServer;

/// <summary>
/// A <see cref="JsonRpc"/> connection that logs what goes wrong: a request a handler failed is answered with <c>InternalError</c>
/// (no stack trace to the client), parameters that do not fit with <c>InvalidParams</c>, a method without a handler is logged,
/// and after <c>shutdown</c> every request but <c>exit</c> is refused with <c>InvalidRequest</c> (notifications dropped), as LSP says.
/// </summary>
internal sealed class LoggingJsonRpc : JsonRpc
{
    private readonly ILogger _logger;
    private volatile bool _shutdownReceived;

    /// <summary>Creates the connection over <paramref name="handler"/>, logging to <paramref name="logger"/>.</summary>
    public LoggingJsonRpc(IJsonRpcMessageHandler handler, ILogger logger)
        : base(handler)
    {
        _logger = logger;
        TraceSource.Listeners.Add(new UnknownMethodLogger(logger));
        Disconnected += (_, e) => logger.LogInformation("connection closed ({Reason}): {Description}", e.Reason, e.Description);
    }

    /// <inheritdoc />
    protected override ValueTask<JsonRpcMessage> DispatchRequestAsync(JsonRpcRequest request, TargetMethod targetMethod, CancellationToken cancellationToken)
    {
        if (!_shutdownReceived || request.Method == "exit")
        {
            _shutdownReceived |= request.Method == "shutdown";
            return base.DispatchRequestAsync(request, targetMethod, cancellationToken);
        }

        _logger.LogWarning("{Method} after shutdown {Outcome}", request.Method, request.IsResponseExpected ? "refused" : "ignored");
        return ValueTask.FromResult<JsonRpcMessage>(new JsonRpcError
        {
            RequestId = request.RequestId,
            Error = new JsonRpcError.ErrorDetail { Code = JsonRpcErrorCode.InvalidRequest, Message = $"{request.Method} after shutdown: the server only accepts exit now" },
        });
    }

    /// <inheritdoc />
    protected override JsonRpcError.ErrorDetail CreateErrorDetails(JsonRpcRequest request, Exception exception)
    {
        if (exception is LocalRpcException or OperationCanceledException)
        {
            _logger.LogDebug("{Method} answered with an error: {Message}", request.Method, exception.Message);
            return base.CreateErrorDetails(request, exception);
        }

        if (exception is JsonException { Path: var path })
        {
            _logger.LogWarning("{Method} with parameters that do not fit at {Path}", request.Method, path);
            return new JsonRpcError.ErrorDetail { Code = JsonRpcErrorCode.InvalidParams, Message = $"{request.Method}: the parameters do not fit at {path}" };
        }

        _logger.LogError(exception, "{Method} failed", request.Method);
        return new JsonRpcError.ErrorDetail { Code = (JsonRpcErrorCode)ErrorCodes.InternalError, Message = $"{request.Method} failed: {exception.Message}" };
    }
}
