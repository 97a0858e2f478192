using System.Buffers;
using Microsoft.Extensions.Logging;
using StreamJsonRpc;
using StreamJsonRpc.Protocol;

namespace CertLang.LanguageServer.Protocol;

/// <summary>
/// The server's LSP framing: writes like <see cref="HeaderDelimitedMessageHandler"/>, but reads past bad input instead of
/// dropping the connection. A body that is not JSON is answered with <c>ParseError</c>, JSON that is not a JSON-RPC message with
/// <c>InvalidRequest</c>, a header section without a usable <c>Content-Length</c> with <c>ParseError</c> (all with the id
/// <c>null</c> unless the message had a readable one). After a body that is not JSON, reading resumes at the next
/// <c>Content-Length:</c> header after that body's headers, so that the message whose header a too large Content-Length
/// swallowed is still read. Every such case is logged as a warning.
/// </summary>
internal sealed class LspMessageHandler(Stream output, Stream input, IJsonRpcMessageFormatter formatter, ILogger logger)
    : HeaderDelimitedMessageHandler(output, input, formatter)
{
    /// <inheritdoc />
    protected override async ValueTask<JsonRpcMessage?> ReadCoreAsync(CancellationToken cancellationToken)
    {
        var reader = Reader ?? throw new InvalidOperationException("no input to read from");
        while (true)
        {
            var read = await reader.ReadAsync(cancellationToken).ConfigureAwait(false);
            var buffer = read.Buffer;
            switch (LspFraming.Scan(buffer))
            {
                case FrameScan.Garbage garbage:
                    logger.LogWarning("skipped {Length} bytes that do not start a message header", garbage.Length);
                    reader.AdvanceTo(buffer.GetPosition(garbage.Length));
                    break;
                case FrameScan.BadHeader bad:
                    logger.LogWarning("malformed message header ({Problem}); answered with a parse error", bad.Problem);
                    reader.AdvanceTo(buffer.GetPosition(bad.Length));
                    await AnswerAsync(RequestId.Null, JsonRpcErrorCode.ParseError, $"malformed message header: {bad.Problem}", cancellationToken).ConfigureAwait(false);
                    break;
                case FrameScan.Frame frame when buffer.Length >= frame.HeaderLength + frame.ContentLength:
                    var body = buffer.Slice(frame.HeaderLength, frame.ContentLength).ToArray();
                    if (JsonBody.IsOneValue(body))
                    {
                        reader.AdvanceTo(buffer.GetPosition(frame.HeaderLength + frame.ContentLength));
                        if (await DeserializeAsync(body, cancellationToken).ConfigureAwait(false) is { } message)
                        {
                            return message;
                        }
                    }
                    else
                    {
                        reader.AdvanceTo(buffer.GetPosition(frame.HeaderLength));
                        logger.LogWarning("a message body of {Length} bytes is not JSON; answered with a parse error", frame.ContentLength);
                        await AnswerAsync(RequestId.Null, JsonRpcErrorCode.ParseError, "the message body is not valid JSON", cancellationToken).ConfigureAwait(false);
                    }

                    break;
                default:
                    if (read.IsCompleted)
                    {
                        LogEndOfInput(buffer.Length);
                        reader.AdvanceTo(buffer.End);
                        return null;
                    }

                    reader.AdvanceTo(buffer.Start, buffer.End);
                    break;
            }
        }
    }

    /// <summary>The message in <paramref name="body"/>, or null after answering that it is not a JSON-RPC message.</summary>
    private async ValueTask<JsonRpcMessage?> DeserializeAsync(byte[] body, CancellationToken cancellationToken)
    {
        try
        {
            return Formatter.Deserialize(new ReadOnlySequence<byte>(body));
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            logger.LogWarning("a message is not a JSON-RPC 2.0 request, notification or response ({Message}); answered with an invalid-request error", e.Message);
            await AnswerAsync(JsonBody.IdOf(body), JsonRpcErrorCode.InvalidRequest, "the message is not a JSON-RPC 2.0 request, notification or response", cancellationToken).ConfigureAwait(false);
            return null;
        }
    }

    /// <summary>Sends the error response <paramref name="code"/> to the message with <paramref name="id"/>.</summary>
    private async ValueTask AnswerAsync(RequestId id, JsonRpcErrorCode code, string message, CancellationToken cancellationToken)
    {
        var error = new JsonRpcError { RequestId = id, Error = new JsonRpcError.ErrorDetail { Code = code, Message = message } };
        await WriteAsync(error, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Logs the end of the input, with a warning when it cut a message short.</summary>
    private void LogEndOfInput(long unreadBytes)
    {
        if (unreadBytes > 0)
        {
            logger.LogWarning("the input ended; the last {Length} bytes were not a complete message", unreadBytes);
        }
        else
        {
            logger.LogInformation("the input ended");
        }
    }
}
