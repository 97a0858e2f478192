using CertLang.LanguageServer.Features.Diagnostics;
using CertLang.LanguageServer.Protocol;
using CertLang.LanguageServer.Workspace;
using Microsoft.Extensions.Logging;
using StreamJsonRpc;

namespace CertLang.LanguageServer.Features;

/// <summary>The files on disk: every <c>.cert</c> under the workspace folders is read on <c>initialized</c>, and <c>workspace/didChangeWatchedFiles</c> keeps them current.</summary>
internal sealed class WorkspaceFilesHandler(ServerSession session, DiagnosticPusher diagnostics, JsonRpc rpc, ILogger logger)
{
    /// <summary>Reads the workspace folders and, when the client can, asks it to watch <c>**/*.cert</c>.</summary>
    [JsonRpcMethod("initialized", UseSingleObjectParameterDeserialization = true)]
    public async Task InitializedAsync(InitializedParams notification)
    {
        var files = WorkspaceFiles.ReadAll(session.FolderUris, logger);
        diagnostics.Schedule(session.Edit(w => w.AddDiskFiles(files)));
        logger.LogInformation("client initialized; {Count} .cert files in {Folders} workspace folders", files.Count, session.FolderUris.Count);
        if (session.Capabilities.Workspace?.DidChangeWatchedFiles?.DynamicRegistration == true)
        {
            var watchCert = new Registration("certlang-watch", "workspace/didChangeWatchedFiles", new DidChangeWatchedFilesRegistrationOptions([new Protocol.FileSystemWatcher("**/*.cert")]));
            try
            {
                await rpc.InvokeWithParameterObjectAsync<object?>("client/registerCapability", new RegistrationParams([watchCert])).ConfigureAwait(false);
            }
            catch (RemoteInvocationException e)
            {
                logger.LogWarning("the client refused to watch .cert files: {Message}", e.Message);
            }
        }
    }

    /// <summary>Re-reads created and changed files and drops deleted ones (an open document keeps overriding its file).</summary>
    [JsonRpcMethod("workspace/didChangeWatchedFiles", UseSingleObjectParameterDeserialization = true)]
    public void DidChangeWatchedFiles(DidChangeWatchedFilesParams notification)
    {
        var changes = notification.Changes.Where(c => c.Uri.EndsWith(".cert", StringComparison.OrdinalIgnoreCase))
            .Select(c => (c.Uri, c.Type, Text: c.Type == FileChangeType.Deleted ? null : DocumentUris.ToPath(c.Uri) is { } path ? WorkspaceFiles.TryRead(path, logger) : null))
            .ToList();
        diagnostics.Schedule(session.Edit(workspace => changes.Aggregate(workspace, (w, c) => c.Text is null ? w.RemoveDiskFile(c.Uri) : w.SetDiskFile(c.Uri, c.Text))));
    }
}
