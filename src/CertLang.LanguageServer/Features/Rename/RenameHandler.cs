using CertLang.LanguageServer.Protocol;
using CertLang.LanguageServer.Workspace;
using CertLang.Semantics.Renaming;
using StreamJsonRpc;

namespace CertLang.LanguageServer.Features.Rename;

/// <summary>
/// <c>textDocument/prepareRename</c> and <c>textDocument/rename</c>: a declaration and its references across files; a clash is
/// refused with <c>RequestFailed</c>, naming the file it is in relative to the workspace folder.
/// </summary>
internal sealed class RenameHandler(RequestRunner runner, ServerSession session) : ILanguageFeature
{
    /// <inheritdoc />
    ServerCapabilities ILanguageFeature.Declare(ServerCapabilities capabilities, ClientCapabilities client) =>
        capabilities with { RenameProvider = new RenameOptions(PrepareProvider: true) };

    /// <summary>The name that would be renamed and its current text, or null when nothing here can be renamed.</summary>
    [JsonRpcMethod("textDocument/prepareRename", UseSingleObjectParameterDeserialization = true)]
    public Task<PrepareRenameResult?> PrepareRenameAsync(TextDocumentPositionParams request, CancellationToken cancellationToken) =>
        runner.RunAsync(request.TextDocument.Uri, (document, _) =>
            RenameService.FindRenameable(document.Model, document.OffsetOf(request.Position)) is var (symbol, span)
                ? new PrepareRenameResult(Locations.RangeOf(document.Tree.Text, span), symbol.Name)
                : null, cancellationToken);

    /// <summary>The edits of the rename, by document.</summary>
    [JsonRpcMethod("textDocument/rename", UseSingleObjectParameterDeserialization = true)]
    public Task<WorkspaceEdit> RenameAsync(RenameParams request, CancellationToken cancellationToken) =>
        runner.RunAsync(request.TextDocument.Uri, (document, _) =>
        {
            var result = RenameService.Rename(document.Model, document.OffsetOf(request.Position), request.NewName, uri => WorkspacePaths.Display(uri, session.FolderUris));
            if (result.Refusal is { } refusal)
            {
                throw new LocalRpcException(refusal) { ErrorCode = ErrorCodes.RequestFailed };
            }

            return WorkspaceEdits.Of(result.Locations.Select(l => (l.Tree, l.Span, request.NewName)));
        }, cancellationToken);
}
