using System.Text.Json;
using CertLang.LanguageServer.Protocol;
using CertLang.Syntax.Text;
using Microsoft.Extensions.Logging;
using StreamJsonRpc;
using StreamJsonRpc.Protocol;

namespace CertLang.LanguageServer;

/// <summary>
/// A <see cref="JsonRpc"/> connection that logs what goes wrong and tells the client only what it can use: a request a handler
/// failed is answered with <c>InternalError</c> (details in the log), parameters that do not fit with <c>InvalidParams</c>,
/// a method without a handler is logged, and the errors StreamJsonRpc writes itself (which name .NET types) are reworded.
/// </summary>
internal sealed class LoggingJsonRpc : JsonRpc
{
    private readonly ILogger _logger;

    /// <summary>Creates the connection over <paramref name="handler"/>, logging to <paramref name="logger"/>.</summary>
    public LoggingJsonRpc(IJsonRpcMessageHandler handler, ILogger logger)
        : base(handler)
    {
        _logger = logger;
        TraceSource.Listeners.Add(new UnknownMethodLogger(logger));
        Disconnected += (_, e) => logger.LogInformation("connection closed ({Reason}): {Description}", e.Reason, e.Description);
    }

    /// <inheritdoc />
    protected override JsonRpcError.ErrorDetail CreateErrorDetails(JsonRpcRequest request, Exception exception)
    {
        var method = DisplayText.Safe(request.Method ?? "");
        if (exception is LocalRpcException or OperationCanceledException)
        {
            _logger.LogDebug("{Method} answered with an error: {Message}", method, exception.Message);
            var detail = base.CreateErrorDetails(request, exception);
            return new ServerErrorDetail(detail.Code, detail.Message ?? "");
        }

        if (exception is JsonException { Path: var path })
        {
            var where = DisplayText.Safe(path ?? "$");
            _logger.LogWarning("{Method} with parameters that do not fit at {Path}", method, where);
            return new ServerErrorDetail(JsonRpcErrorCode.InvalidParams, $"{method}: the parameters do not fit at {where}");
        }

        _logger.LogError(exception, "{Method} failed", method);
        return new ServerErrorDetail((JsonRpcErrorCode)ErrorCodes.InternalError, $"{method} failed because of an internal error; the server's log has the details");
    }

    /// <inheritdoc />
    protected override ValueTask SendAsync(JsonRpcMessage message, CancellationToken cancellationToken) =>
        base.SendAsync(message is JsonRpcError { Error: { } detail and not ServerErrorDetail } error ? Reworded(error, detail) : message, cancellationToken);

    /// <summary>An error StreamJsonRpc wrote itself (a method it did not find, or whose parameters it could not match), in the server's words.</summary>
    private static JsonRpcError Reworded(JsonRpcError error, JsonRpcError.ErrorDetail detail) => new()
    {
        RequestId = error.RequestId,
        Error = detail.Code switch
        {
            JsonRpcErrorCode.MethodNotFound => new ServerErrorDetail(detail.Code, "the server has no method of that name"),
            JsonRpcErrorCode.InvalidParams => new ServerErrorDetail(detail.Code, "the parameters do not fit the method"),
            _ => new ServerErrorDetail(detail.Code, "the request could not be answered; the server's log has the details"),
        },
    };
}
