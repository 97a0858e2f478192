using StreamJsonRpc.Protocol;

namespace CertLang.LanguageServer.Protocol;

/// <summary>An error the server explained itself, in words fit for the client: no .NET names, no stack trace, user text quoted safely.</summary>
internal sealed class ServerErrorDetail : JsonRpcError.ErrorDetail
{
    /// <summary>An error with <paramref name="code"/> and <paramref name="message"/> (and no data).</summary>
    public ServerErrorDetail(JsonRpcErrorCode code, string message)
    {
        Code = code;
        Message = message;
    }
}
