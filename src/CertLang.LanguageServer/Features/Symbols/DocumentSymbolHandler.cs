using CertLang.LanguageServer.Protocol;
using CertLang.LanguageServer.Workspace;
using StreamJsonRpc;

namespace CertLang.LanguageServer.Features.Symbols;

/// <summary><c>textDocument/documentSymbol</c>: the document's outline, hierarchical.</summary>
internal sealed class DocumentSymbolHandler(RequestRunner runner) : ILanguageFeature
{
    /// <inheritdoc />
    ServerCapabilities ILanguageFeature.Declare(ServerCapabilities capabilities, ClientCapabilities client) =>
        capabilities with { DocumentSymbolProvider = true };

    /// <summary>The outline of the document.</summary>
    [JsonRpcMethod("textDocument/documentSymbol", UseSingleObjectParameterDeserialization = true)]
    public Task<IReadOnlyList<DocumentSymbol>> DocumentSymbolAsync(DocumentSymbolParams request, CancellationToken cancellationToken) =>
        runner.RunAsync(request.TextDocument.Uri, (document, _) => DocumentOutline.Build(document.Tree), cancellationToken);
}
