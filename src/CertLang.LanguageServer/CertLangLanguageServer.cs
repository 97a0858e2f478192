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
using CertLang.LanguageServer.Features.Plan;
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
        ILanguageFeature[] features =
        [
            new TextDocumentSyncHandler(session, diagnostics, logger),
            new PullDiagnosticsHandler(runner),
            new HoverHandler(runner),
            new CompletionHandler(runner),
            new DefinitionHandler(runner),
            new ReferencesHandler(runner),
            new RenameHandler(runner, session),
            new CodeActionHandler(runner),
            new InlayHintHandler(runner),
            new CodeLensHandler(runner),
            new RunTestCommand(session, rpc),
            new DocumentSymbolHandler(runner),
            new WorkspaceSymbolHandler(runner),
            new SemanticTokensHandler(runner),
            new FormattingHandler(runner),
            new FoldingRangeHandler(runner),
            new PlanHandler(runner),
        ];
        rpc.AddLocalRpcTarget(new LifecycleHandler(session, features, logger));
        rpc.AddLocalRpcTarget(new WorkspaceFilesHandler(session, diagnostics, rpc, logger));
        foreach (var feature in features)
        {
            rpc.AddLocalRpcTarget(feature);
        }

        rpc.StartListening();
        await Task.WhenAny(rpc.Completion, session.Exited);
        logger.LogInformation("server stopped with exit code {ExitCode}", session.ExitCode);
        return session.ExitCode;
    }
}
