using System.Collections.Concurrent;
using CertLang.Syntax.Text;
using Microsoft.Extensions.Logging;
using StreamJsonRpc;
using StreamJsonRpc.Protocol;

namespace CertLang.LanguageServer.Protocol;

/// <summary>
/// Decides which messages read from the client reach the handlers: an answer only when the server sent that request and still
/// awaits it (a late, duplicate or made-up answer is logged and dropped, where StreamJsonRpc would drop the connection), and
/// once <c>shutdown</c> (without parameters, as LSP defines it) was read only <c>exit</c>, as LSP says: any other request is refused with <c>InvalidRequest</c>
/// before its method or parameters are looked at, any other notification is dropped.
/// </summary>
internal sealed class MessageGate(ILogger logger)
{
    private readonly ConcurrentDictionary<RequestId, byte> _awaited = new();
    private volatile bool _shutdownRead;

    /// <summary>Notes a message the server is about to send: a request's answer is awaited from now on.</summary>
    public void Sending(JsonRpcMessage message)
    {
        if (message is JsonRpcRequest { IsResponseExpected: true } request)
        {
            _awaited[request.RequestId] = 0;
        }
    }

    /// <summary>Whether <paramref name="message"/> goes on to the handlers; when it does not, <paramref name="refusal"/> is the answer to send, if any.</summary>
    public bool Admits(JsonRpcMessage message, out JsonRpcError? refusal)
    {
        refusal = null;
        switch (message)
        {
            case IJsonRpcMessageWithId answer when message is not JsonRpcRequest && !_awaited.TryRemove(answer.RequestId, out _):
                logger.LogWarning("ignored an answer to request {Id}, which the server is not waiting for", DisplayText.Safe(answer.RequestId.ToString()));
                return false;
            case JsonRpcRequest request when _shutdownRead && request.Method != "exit":
                logger.LogWarning("{Method} after shutdown {Outcome}", DisplayText.Safe(request.Method ?? ""), request.IsResponseExpected ? "refused" : "ignored");
                refusal = request.IsResponseExpected ? ShutDown(request.RequestId) : null;
                return false;
            case JsonRpcRequest { Method: "shutdown", IsResponseExpected: true, ArgumentCount: 0 }:
                _shutdownRead = true;
                return true;
            default:
                return true;
        }
    }

    private static JsonRpcError ShutDown(RequestId id) => new()
    {
        RequestId = id,
        Error = new JsonRpcError.ErrorDetail { Code = JsonRpcErrorCode.InvalidRequest, Message = "the server is shut down: it only accepts exit now" },
    };
}
