using CertLang.LanguageServer.Protocol;
using CertLang.Syntax.Text;
using StreamJsonRpc;

namespace CertLang.LanguageServer.Workspace;

/// <summary>
/// Runs a request over the workspace snapshot current when it arrived, on the thread pool (so that edits and other requests
/// go on meanwhile), honouring cancellation; an answer computed for a document that changed since is not sent: the request
/// fails with <c>ContentModified</c>.
/// </summary>
internal sealed class RequestRunner(ServerSession session)
{
    /// <summary>Computes <paramref name="answer"/> for the document at <paramref name="uri"/>; an unknown document is an <c>InvalidParams</c> error.</summary>
    public async Task<T> RunAsync<T>(string uri, Func<DocumentSnapshot, CancellationToken, T> answer, CancellationToken cancellationToken)
    {
        var workspace = session.Workspace;
        var document = workspace.Find(uri)
            ?? throw new LocalRpcException($"{DisplayText.Safe(uri)} is neither open nor a .cert file of the workspace") { ErrorCode = ErrorCodes.InvalidParams };
        var snapshot = new DocumentSnapshot(uri, document.Tree, workspace);
        var result = await OffTheThreadPool(() => answer(snapshot, cancellationToken), cancellationToken).ConfigureAwait(false);
        cancellationToken.ThrowIfCancellationRequested();
        if (session.Workspace.Find(uri)?.Stamp != document.Stamp)
        {
            throw new LocalRpcException($"{DisplayText.Safe(uri)} changed while the request was answered") { ErrorCode = ErrorCodes.ContentModified };
        }

        return result;
    }

    /// <summary>Computes <paramref name="answer"/> over the whole workspace; an answer computed before an edit is not sent.</summary>
    public async Task<T> RunAsync<T>(Func<DocumentWorkspace, CancellationToken, T> answer, CancellationToken cancellationToken)
    {
        var workspace = session.Workspace;
        var result = await OffTheThreadPool(() => answer(workspace, cancellationToken), cancellationToken).ConfigureAwait(false);
        cancellationToken.ThrowIfCancellationRequested();
        if (session.Workspace.Generation != workspace.Generation)
        {
            throw new LocalRpcException("the workspace changed while the request was answered") { ErrorCode = ErrorCodes.ContentModified };
        }

        return result;
    }

    /// <summary>
    /// Runs <paramref name="answer"/> on a thread of its own: binding blocks its thread, and on a small machine blocked
    /// pool threads would hold up the dispatch of the edits that make the answer stale.
    /// </summary>
    private static Task<T> OffTheThreadPool<T>(Func<T> answer, CancellationToken cancellationToken) =>
        Task.Factory.StartNew(answer, cancellationToken, TaskCreationOptions.LongRunning, TaskScheduler.Default);
}
