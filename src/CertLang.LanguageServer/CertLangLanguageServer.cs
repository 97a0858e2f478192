using CertLang.LanguageServer.Features;
using CertLang.LanguageServer.Features.CodeActions;
using CertLang.LanguageServer.Features.CodeLens;
using CertLang.LanguageServer.Features.Commands;
using CertLang.LanguageServer.Features.Completion;
using CertLang.LanguageServer.Features.Diagnostics;
using CertLang.LanguageServer.Features.Folding;
using CertLang.LanguageServer.Features.Formatting;
using CertLang.LanguageServer.Features.Hover;
using CertLang.LanguageServer.Features.InlayHints;
using CertLang.LanguageServer.Features.Navigation;
using CertLang.LanguageServer.Features.Rename;
using CertLang.LanguageServer.Features.SemanticTokens;
using CertLang.LanguageServer.Features.Symbols;
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
        var session = new ServerSession();
        var logger = new ClientForwardingLogger(loggerFactory.CreateLogger<CertLangLanguageServer>(), session);
        using var rpc = new LoggingJsonRpc(new LspMessageHandler(output, input, LspJson.CreateFormatter(), logger), logger)
        {
            SynchronizationContext = new NonConcurrentSynchronizationContext(sticky: false),
        };
        logger.Connect(rpc);
        var runner = new RequestRunner(session);
        var diagnostics = new DiagnosticPusher(session, rpc, logger);
        rpc.AddLocalRpcTarget(new LifecycleHandler(session, logger));
        rpc.AddLocalRpcTarget(new WorkspaceFilesHandler(session, diagnostics, rpc, logger));
        rpc.AddLocalRpcTarget(new TextDocumentSyncHandler(session, diagnostics, logger));
        rpc.AddLocalRpcTarget(new PullDiagnosticsHandler(runner));
        rpc.AddLocalRpcTarget(new HoverHandler(runner));
        rpc.AddLocalRpcTarget(new CompletionHandler(runner));
        rpc.AddLocalRpcTarget(new DefinitionHandler(runner));
        rpc.AddLocalRpcTarget(new ReferencesHandler(runner));
        rpc.AddLocalRpcTarget(new RenameHandler(runner));
        rpc.AddLocalRpcTarget(new CodeActionHandler(runner));
        rpc.AddLocalRpcTarget(new InlayHintHandler(runner));
        rpc.AddLocalRpcTarget(new CodeLensHandler(runner));
        rpc.AddLocalRpcTarget(new RunTestCommand(session, rpc));
        rpc.AddLocalRpcTarget(new DocumentSymbolHandler(runner));
        rpc.AddLocalRpcTarget(new WorkspaceSymbolHandler(runner));
        rpc.AddLocalRpcTarget(new SemanticTokensHandler(runner));
        rpc.AddLocalRpcTarget(new FormattingHandler(runner));
        rpc.AddLocalRpcTarget(new FoldingRangeHandler(runner));
        rpc.StartListening();
        await Task.WhenAny(rpc.Completion, session.Exited);
        logger.LogInformation("server stopped with exit code {ExitCode}", session.ExitCode);
        return session.ExitCode;
    }
}
