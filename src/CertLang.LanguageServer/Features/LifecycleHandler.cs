using CertLang.LanguageServer.Protocol;
using Microsoft.Extensions.Logging;
using StreamJsonRpc;

namespace CertLang.LanguageServer.Features;

/// <summary><c>initialize</c>, <c>initialized</c>, <c>shutdown</c> and <c>exit</c>.</summary>
internal sealed class LifecycleHandler(ServerSession session, ILogger logger)
{
    /// <summary>Answers <c>initialize</c> with the server's capabilities.</summary>
    [JsonRpcMethod("initialize", UseSingleObjectParameterDeserialization = true)]
    public InitializeResult Initialize(InitializeParams request)
    {
        logger.LogInformation("initialize from client process {ProcessId}", request.ProcessId);
        return new InitializeResult(
            new ServerCapabilities(new TextDocumentSyncOptions(OpenClose: true, TextDocumentSyncKind.Incremental), HoverProvider: true),
            new ServerInfo("certlang", typeof(LifecycleHandler).Assembly.GetName().Version?.ToString()));
    }

    /// <summary>Handles <c>initialized</c>.</summary>
    [JsonRpcMethod("initialized", UseSingleObjectParameterDeserialization = true)]
    public void Initialized(InitializedParams notification) => logger.LogInformation("client initialized");

    /// <summary>Handles <c>shutdown</c>: the next <c>exit</c> ends the process with code 0.</summary>
    [JsonRpcMethod("shutdown")]
    public object? Shutdown()
    {
        logger.LogInformation("shutdown");
        session.RequestShutdown();
        return null;
    }

    /// <summary>Handles <c>exit</c>: the server stops.</summary>
    [JsonRpcMethod("exit")]
    public void Exit()
    {
        logger.LogInformation("exit");
        session.Exit();
    }
}
