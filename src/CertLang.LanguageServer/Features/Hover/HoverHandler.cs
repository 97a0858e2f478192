using CertLang.LanguageServer.Protocol;
using CertLang.LanguageServer.Workspace;
using StreamJsonRpc;

namespace CertLang.LanguageServer.Features.Hover;

/// <summary><c>textDocument/hover</c>: what the name under the caret declares or refers to.</summary>
internal sealed class HoverHandler(RequestRunner runner) : ILanguageFeature
{
    /// <inheritdoc />
    ServerCapabilities ILanguageFeature.Declare(ServerCapabilities capabilities, ClientCapabilities client) =>
        capabilities with { HoverProvider = true };

    /// <summary>The hover of the symbol at the position, or null when there is none.</summary>
    [JsonRpcMethod("textDocument/hover", UseSingleObjectParameterDeserialization = true)]
    public Task<Protocol.Hover?> HoverAsync(TextDocumentPositionParams request, CancellationToken cancellationToken) =>
        runner.RunAsync(request.TextDocument.Uri, (document, _) =>
            document.Model.GetSymbolAt(document.OffsetOf(request.Position)) is { } symbol
                ? new Protocol.Hover(MarkupContent.Markdown(HoverText.Describe(symbol)), null)
                : null, cancellationToken);
}
