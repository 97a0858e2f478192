using CertLang.LanguageServer.Protocol;
using CertLang.LanguageServer.Workspace;
using StreamJsonRpc;

namespace CertLang.LanguageServer.Features.Navigation;

/// <summary><c>textDocument/definition</c>: where the name under the caret is declared, in whichever file.</summary>
internal sealed class DefinitionHandler(RequestRunner runner) : ILanguageFeature
{
    /// <inheritdoc />
    ServerCapabilities ILanguageFeature.Declare(ServerCapabilities capabilities, ClientCapabilities client) =>
        capabilities with { DefinitionProvider = true };

    /// <summary>The declaration's name, or null for nothing or a built-in.</summary>
    [JsonRpcMethod("textDocument/definition", UseSingleObjectParameterDeserialization = true)]
    public Task<Location?> DefinitionAsync(TextDocumentPositionParams request, CancellationToken cancellationToken) =>
        runner.RunAsync(request.TextDocument.Uri, (document, _) =>
            document.Model.GetSymbolAt(document.OffsetOf(request.Position)) is { } symbol && document.Model.FindDeclaration(symbol) is var (tree, token)
                ? Locations.Of(tree, token.Span)
                : null, cancellationToken);
}
