using CertLang.LanguageServer.Features;
using CertLang.LanguageServer.Features.Diagnostics;
using CertLang.LanguageServer.Features.Hover;
using CertLang.LanguageServer.Protocol;
using CertLang.LanguageServer.Workspace;
using Microsoft.Extensions.Logging;
using Microsoft.VisualStudio.Threading;

namespace CertLang.LanguageServer;

/// <summary>The CertLang language server: LSP 3.17 over StreamJsonRpc with header framing, on one input and one output stream.</summary>
public sealed class CertLangLanguageServer(Stream input, Stream output, ILoggerFactory loggerFactory)
{
    /// <summary>Serves until the client sends <c>exit</c> or closes the connection; returns the exit code (0 after <c>shutdown</c>, 1 without).</summary>
    public async Task<int> RunAsync()
    {
        var standardError = loggerFactory.CreateLogger<CertLangLanguageServer>();
        var session = new ServerSession();
        using var rpc = new LoggingJsonRpc(new LspMessageHandler(output, input, LspJson.CreateFormatter(), standardError), standardError)
        {
            SynchronizationContext = new NonConcurrentSynchronizationContext(sticky: false),
        };
        var logger = new ClientForwardingLogger(standardError, session, rpc);
        var runner = new RequestRunner(session);
        var diagnostics = new DiagnosticPusher(session, rpc, logger);
        rpc.AddLocalRpcTarget(new LifecycleHandler(session, logger));
        rpc.AddLocalRpcTarget(new WorkspaceFilesHandler(session, diagnostics, rpc, logger));
        rpc.AddLocalRpcTarget(new TextDocumentSyncHandler(session, diagnostics, logger));
        rpc.AddLocalRpcTarget(new PullDiagnosticsHandler(runner));
        rpc.AddLocalRpcTarget(new HoverHandler(runner));
        rpc.StartListening();
        await Task.WhenAny(rpc.Completion, session.Exited);
        logger.LogInformation("server stopped with exit code {ExitCode}", session.ExitCode);
        return session.ExitCode;
    }
}
