using CertLang.LanguageServer.Features;
using CertLang.LanguageServer.Workspace;

namespace CertLang.LanguageServer;

/// <summary>The state the handlers of one connection share: the current workspace, what was published, and the lifecycle.</summary>
internal sealed class ServerSession
{
    private readonly TaskCompletionSource _exited = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private volatile DocumentWorkspace _workspace = DocumentWorkspace.Empty;
    private volatile bool _shutdownRequested;

    /// <summary>The current snapshot of the open documents.</summary>
    public DocumentWorkspace Workspace => _workspace;

    /// <summary>Serialises workspace edits and their diagnostics, so that notifications go out in edit order.</summary>
    public SemaphoreSlim EditLock { get; } = new(1, 1);

    /// <summary>What was last published; only used under <see cref="EditLock"/>.</summary>
    public DiagnosticPublisher Publisher { get; } = new();

    /// <summary>Completes when the client sends <c>exit</c>.</summary>
    public Task Exited => _exited.Task;

    /// <summary>The process exit code: 0 after <c>shutdown</c>, 1 without.</summary>
    public int ExitCode => _shutdownRequested ? 0 : 1;

    /// <summary>Makes <paramref name="workspace"/> current; only called under <see cref="EditLock"/>.</summary>
    public void SetWorkspace(DocumentWorkspace workspace) => _workspace = workspace;

    /// <summary>Records the <c>shutdown</c> request.</summary>
    public void RequestShutdown() => _shutdownRequested = true;

    /// <summary>Records the <c>exit</c> notification.</summary>
    public void Exit() => _exited.TrySetResult();
}
