using CertLang.LanguageServer.Protocol;
using CertLang.LanguageServer.Workspace;
using Microsoft.Extensions.Logging;
using StreamJsonRpc;

namespace CertLang.LanguageServer.Features;

/// <summary><c>textDocument/didOpen</c>, <c>didChange</c> and <c>didClose</c>, each followed by <c>textDocument/publishDiagnostics</c> for the documents whose diagnostics changed.</summary>
internal sealed class TextDocumentSyncHandler(ServerSession session, JsonRpc rpc, ILogger logger)
{
    /// <summary>Opens a document.</summary>
    [JsonRpcMethod("textDocument/didOpen", UseSingleObjectParameterDeserialization = true)]
    public Task DidOpenAsync(DidOpenTextDocumentParams notification) =>
        EditAsync("didOpen", w => w.Open(notification.TextDocument.Uri, notification.TextDocument.Text));

    /// <summary>Applies incremental edits to an open document.</summary>
    [JsonRpcMethod("textDocument/didChange", UseSingleObjectParameterDeserialization = true)]
    public Task DidChangeAsync(DidChangeTextDocumentParams notification) =>
        EditAsync("didChange", w => w.Change(notification.TextDocument.Uri, notification.ContentChanges));

    /// <summary>Closes a document; its diagnostics are cleared.</summary>
    [JsonRpcMethod("textDocument/didClose", UseSingleObjectParameterDeserialization = true)]
    public Task DidCloseAsync(DidCloseTextDocumentParams notification) =>
        EditAsync("didClose", w => w.Close(notification.TextDocument.Uri));

    private async Task EditAsync(string method, Func<DocumentWorkspace, DocumentWorkspace> edit)
    {
        await session.EditLock.WaitAsync();
        try
        {
            session.SetWorkspace(edit(session.Workspace));
            foreach (var notification in session.Publisher.Update(session.Workspace))
            {
                await rpc.NotifyWithParameterObjectAsync("textDocument/publishDiagnostics", notification);
            }
        }
        catch (Exception e)
        {
            logger.LogError(e, "{Method} failed", method);
        }
        finally
        {
            session.EditLock.Release();
        }
    }
}
