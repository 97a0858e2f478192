using CertLang.LanguageServer.Features.Diagnostics;
using CertLang.LanguageServer.Protocol;
using CertLang.LanguageServer.Workspace;
using Microsoft.Extensions.Logging;
using StreamJsonRpc;

namespace CertLang.LanguageServer.Features;

/// <summary>
/// <c>textDocument/didOpen</c>, <c>didChange</c> and <c>didClose</c>. Each edit is applied at once, in the order the client
/// sent it (so a later request sees it); the diagnostics follow in the background.
/// </summary>
internal sealed class TextDocumentSyncHandler(ServerSession session, DiagnosticPusher diagnostics, ILogger logger) : ILanguageFeature
{
    /// <inheritdoc />
    ServerCapabilities ILanguageFeature.Declare(ServerCapabilities capabilities, ClientCapabilities client) =>
        capabilities with { TextDocumentSync = new TextDocumentSyncOptions(OpenClose: true, TextDocumentSyncKind.Incremental) };

    /// <summary>Opens a document; it overrides its file on disk.</summary>
    [JsonRpcMethod("textDocument/didOpen", UseSingleObjectParameterDeserialization = true)]
    public void DidOpen(DidOpenTextDocumentParams notification) =>
        Edit("didOpen", w => w.Open(notification.TextDocument.Uri, notification.TextDocument.Text));

    /// <summary>Applies incremental edits to an open document.</summary>
    [JsonRpcMethod("textDocument/didChange", UseSingleObjectParameterDeserialization = true)]
    public void DidChange(DidChangeTextDocumentParams notification) =>
        Edit("didChange", w => w.Change(notification.TextDocument.Uri, notification.ContentChanges));

    /// <summary>Closes a document; its diagnostics are cleared and its file on disk, if any, counts again.</summary>
    [JsonRpcMethod("textDocument/didClose", UseSingleObjectParameterDeserialization = true)]
    public void DidClose(DidCloseTextDocumentParams notification) =>
        Edit("didClose", w => w.Close(notification.TextDocument.Uri));

    private void Edit(string method, Func<DocumentWorkspace, DocumentWorkspace> edit)
    {
        try
        {
            diagnostics.Schedule(session.Edit(edit));
        }
        catch (InvalidOperationException e)
        {
            logger.LogWarning("{Method} ignored: {Message}", method, e.Message);
        }
        catch (Exception e)
        {
            logger.LogError(e, "{Method} ignored", method);
        }
    }
}
