namespace CertLang.LanguageServer.Protocol;

/// <summary>The JSON-RPC and LSP error codes this server answers with.</summary>
public static class ErrorCodes
{
    /// <summary>JSON-RPC <c>InvalidParams</c>: the request names a document or position that does not exist.</summary>
    public const int InvalidParams = -32602;

    /// <summary>JSON-RPC <c>InternalError</c>: a handler failed.</summary>
    public const int InternalError = -32603;

    /// <summary>LSP <c>RequestFailed</c>: the request was understood but cannot be done (a rename that would clash).</summary>
    public const int RequestFailed = -32803;

    /// <summary>LSP <c>ContentModified</c>: the document changed while the answer was computed.</summary>
    public const int ContentModified = -32801;
}
