using CertLang.LanguageServer.Protocol;
using CertLang.LanguageServer.Workspace;
using Microsoft.Extensions.Logging;
using StreamJsonRpc;

namespace CertLang.LanguageServer.Features.Diagnostics;

/// <summary>
/// Brings the client's diagnostics up to date after each edit, on one background worker so that binding never holds up
/// requests: pushes <c>textDocument/publishDiagnostics</c> for the open documents whose diagnostics changed, or, to a client
/// that pulls, asks it to pull again. When edits come faster than binding, only the latest workspace is published. The worker
/// has a thread of its own, so that binding never starves the thread pool that dispatches messages.
/// </summary>
internal sealed class DiagnosticPusher(ServerSession session, JsonRpc rpc, ILogger logger)
{
    private readonly DiagnosticPublisher _publisher = new();
    private readonly Lock _gate = new();
    private DocumentWorkspace? _pending;
    private bool _running;

    /// <summary>Schedules the diagnostics of <paramref name="workspace"/>.</summary>
    public void Schedule(DocumentWorkspace workspace)
    {
        lock (_gate)
        {
            _pending = workspace;
            if (_running)
            {
                return;
            }

            _running = true;
        }

        _ = Task.Factory.StartNew(DrainAsync, CancellationToken.None, TaskCreationOptions.LongRunning, TaskScheduler.Default).Unwrap();
    }

    private async Task DrainAsync()
    {
        while (TakePending() is { } workspace)
        {
            try
            {
                await PublishAsync(workspace).ConfigureAwait(false);
            }
            catch (Exception e) when (e is ConnectionLostException or ObjectDisposedException)
            {
                logger.LogDebug("diagnostics not sent: {Message}", e.Message);
            }
            catch (Exception e)
            {
                logger.LogError(e, "publishing diagnostics failed");
            }
        }
    }

    private DocumentWorkspace? TakePending()
    {
        lock (_gate)
        {
            var workspace = _pending;
            _pending = null;
            _running = workspace is not null;
            return workspace;
        }
    }

    private async Task PublishAsync(DocumentWorkspace workspace)
    {
        if (PullDiagnosticsHandler.ClientPulls(session.Capabilities))
        {
            if (session.Capabilities.Workspace?.Diagnostics?.RefreshSupport == true)
            {
                await rpc.InvokeWithParameterObjectAsync<object?>("workspace/diagnostic/refresh", null).ConfigureAwait(false);
            }

            return;
        }

        foreach (var notification in _publisher.Update(workspace))
        {
            await rpc.NotifyWithParameterObjectAsync("textDocument/publishDiagnostics", notification).ConfigureAwait(false);
        }
    }
}
