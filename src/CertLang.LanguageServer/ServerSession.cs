using CertLang.LanguageServer.Protocol;
using CertLang.LanguageServer.Workspace;
using Microsoft.Extensions.Logging;

namespace CertLang.LanguageServer;

/// <summary>The state the handlers of one connection share: the current workspace, what the client supports, the log level it asked for, and the lifecycle.</summary>
internal sealed class ServerSession
{
    private readonly TaskCompletionSource _exited = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private readonly Lock _edits = new();
    private volatile DocumentWorkspace _workspace = DocumentWorkspace.Empty;
    private volatile bool _shutdownRequested;

    /// <summary>The current snapshot of the workspace.</summary>
    public DocumentWorkspace Workspace => _workspace;

    /// <summary>What the client said it supports in <c>initialize</c>.</summary>
    public ClientCapabilities Capabilities { get; private set; } = new();

    /// <summary>The workspace folders the client named in <c>initialize</c>, as URIs.</summary>
    public IReadOnlyList<string> FolderUris { get; private set; } = [];

    /// <summary>The lowest level of log message forwarded to the client's <c>window/logMessage</c>, as set by <c>$/setTrace</c>.</summary>
    public LogLevel ClientLogLevel { get; set; } = TraceLevels.ToLogLevel(null);

    /// <summary>Completes when the client sends <c>exit</c>.</summary>
    public Task Exited => _exited.Task;

    /// <summary>The process exit code: 0 after <c>shutdown</c>, 1 without.</summary>
    public int ExitCode => _shutdownRequested ? 0 : 1;

    /// <summary>Records what <c>initialize</c> said.</summary>
    public void Initialize(InitializeParams request)
    {
        Capabilities = request.Capabilities ?? new();
        FolderUris = request.WorkspaceFolders?.Select(f => f.Uri).ToList()
            ?? (request.RootUri is { } root ? [root] : []);
        ClientLogLevel = TraceLevels.ToLogLevel(request.Trace);
    }

    /// <summary>Applies <paramref name="edit"/> to the current workspace atomically and returns the new snapshot.</summary>
    public DocumentWorkspace Edit(Func<DocumentWorkspace, DocumentWorkspace> edit)
    {
        lock (_edits)
        {
            return _workspace = edit(_workspace);
        }
    }

    /// <summary>Records the <c>shutdown</c> request.</summary>
    public void RequestShutdown() => _shutdownRequested = true;

    /// <summary>Records the <c>exit</c> notification.</summary>
    public void Exit() => _exited.TrySetResult();
}
