using CertLang.LanguageServer.Features;
using CertLang.LanguageServer.Protocol;
using Microsoft.Extensions.Logging;
using StreamJsonRpc;

namespace CertLang.LanguageServer;

/// <summary>The CertLang language server: LSP 3.17 over StreamJsonRpc with header framing, on one input and one output stream.</summary>
public sealed class CertLangLanguageServer(Stream input, Stream output, ILoggerFactory loggerFactory)
{
    /// <summary>Serves until the client sends <c>exit</c> or closes the connection; returns the exit code (0 after <c>shutdown</c>, 1 without).</summary>
    public async Task<int> RunAsync()
    {
        var logger = loggerFactory.CreateLogger<CertLangLanguageServer>();
        var session = new ServerSession();
        using var rpc = new JsonRpc(LspJson.CreateMessageHandler(output, input));
        rpc.AddLocalRpcTarget(new LifecycleHandler(session, logger));
        rpc.AddLocalRpcTarget(new TextDocumentSyncHandler(session, rpc, logger));
        rpc.AddLocalRpcTarget(new HoverHandler(session));
        rpc.StartListening();
        await Task.WhenAny(rpc.Completion, session.Exited);
        logger.LogInformation("server stopped with exit code {ExitCode}", session.ExitCode);
        return session.ExitCode;
    }
}
