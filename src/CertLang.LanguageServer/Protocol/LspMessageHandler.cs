using System.Buffers;
using Microsoft.Extensions.Logging;
using StreamJsonRpc;
using StreamJsonRpc.Protocol;

namespace CertLang.LanguageServer.Protocol;

/// <summary>
/// The server's LSP framing: writes like <see cref="HeaderDelimitedMessageHandler"/>, but reads past bad input instead of
/// dropping the connection. A body that is not JSON is answered with <c>ParseError</c>, JSON that is not a JSON-RPC message with
/// <c>InvalidRequest</c>, a header section without a usable <c>Content-Length</c> with <c>ParseError</c> (all with the id
/// <c>null</c> unless the message had a readable one). After any of these, reading resumes at the next <c>Content-Length:</c>
/// header (after a body that is not JSON, the next one after that body's headers, so that the message whose header a too large
/// Content-Length swallowed is still read). Every such case is logged as a warning. A <see cref="MessageGate"/> decides which
/// well-formed messages go on.
/// </summary>
internal sealed class LspMessageHandler(Stream output, Stream input, IJsonRpcMessageFormatter formatter, ILogger logger)
    : HeaderDelimitedMessageHandler(output, input, formatter)
{
    private readonly MessageGate _gate = new(logger);
    private bool _resynchronising;
    private long _skippedBytes;

    /// <inheritdoc />
    protected override void Write(JsonRpcMessage content, CancellationToken cancellationToken)
    {
        _gate.Sending(content);
        base.Write(content, cancellationToken);
    }

    /// <inheritdoc />
    protected override async ValueTask<JsonRpcMessage?> ReadCoreAsync(CancellationToken cancellationToken)
    {
        while (await ReadFrameAsync(cancellationToken).ConfigureAwait(false) is { } body)
        {
            if (await DeserializeAsync(body, cancellationToken).ConfigureAwait(false) is not { } message)
            {
                continue;
            }

            if (_gate.Admits(message, out var refusal))
            {
                return message;
            }

            if (refusal is not null)
            {
                await WriteAsync(refusal, cancellationToken).ConfigureAwait(false);
            }
        }

        return null;
    }

    /// <summary>The body of the next well-framed message that is one JSON value, answering and skipping whatever comes before it; null at the end of the input.</summary>
    private async ValueTask<byte[]?> ReadFrameAsync(CancellationToken cancellationToken)
    {
        var reader = Reader ?? throw new InvalidOperationException("no input to read from");
        while (true)
        {
            var read = await reader.ReadAsync(cancellationToken).ConfigureAwait(false);
            var buffer = read.Buffer;
            switch (LspFraming.Scan(buffer, _resynchronising))
            {
                case FrameScan.Garbage garbage:
                    reader.AdvanceTo(buffer.GetPosition(garbage.Length));
                    _resynchronising = true;
                    _skippedBytes += garbage.Length;
                    break;
                case FrameScan.BadHeader bad:
                    LogSkippedBytes();
                    logger.LogWarning("malformed message header ({Problem}); answered with a parse error", bad.Problem);
                    reader.AdvanceTo(buffer.GetPosition(bad.Length));
                    _resynchronising = true;
                    await AnswerAsync(RequestId.Null, JsonRpcErrorCode.ParseError, $"malformed message header: {bad.Problem}", cancellationToken).ConfigureAwait(false);
                    break;
                case FrameScan.Frame frame when buffer.Length >= frame.HeaderLength + frame.ContentLength:
                    LogSkippedBytes();
                    var body = buffer.Slice(frame.HeaderLength, frame.ContentLength);
                    if (JsonBody.IsOneValue(body))
                    {
                        var bytes = body.ToArray();
                        reader.AdvanceTo(body.End);
                        _resynchronising = false;
                        return bytes;
                    }

                    reader.AdvanceTo(body.Start);
                    _resynchronising = true;
                    logger.LogWarning("a message body of {Length} bytes is not JSON; answered with a parse error", frame.ContentLength);
                    await AnswerAsync(RequestId.Null, JsonRpcErrorCode.ParseError, "the message body is not valid JSON", cancellationToken).ConfigureAwait(false);
                    break;
                default:
                    if (read.IsCompleted)
                    {
                        LogSkippedBytes();
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

    /// <summary>Logs, once they end, the bytes skipped because they did not start a message header.</summary>
    private void LogSkippedBytes()
    {
        if (_skippedBytes > 0)
        {
            logger.LogWarning("skipped {Length} bytes that do not start a message header", _skippedBytes);
            _skippedBytes = 0;
        }
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
