using CertLang.LanguageServer.Protocol;
using CertLang.LanguageServer.Workspace;
using StreamJsonRpc;

namespace CertLang.LanguageServer.Features.Navigation;

/// <summary><c>textDocument/references</c>: every name in the workspace that refers to the symbol under the caret.</summary>
internal sealed class ReferencesHandler(RequestRunner runner) : ILanguageFeature
{
    /// <inheritdoc />
    ServerCapabilities ILanguageFeature.Declare(ServerCapabilities capabilities, ClientCapabilities client) =>
        capabilities with { ReferencesProvider = true };

    /// <summary>The references by file and position, the declaration included when asked.</summary>
    [JsonRpcMethod("textDocument/references", UseSingleObjectParameterDeserialization = true)]
    public Task<IReadOnlyList<Location>> ReferencesAsync(ReferenceParams request, CancellationToken cancellationToken) =>
        runner.RunAsync<IReadOnlyList<Location>>(request.TextDocument.Uri, (document, _) =>
        {
            if (document.Model.GetSymbolAt(document.OffsetOf(request.Position)) is not { } symbol)
            {
                return [];
            }

            return [.. document.Model.FindReferences(symbol)
                .Where(r => request.Context.IncludeDeclaration || r.Token != symbol.NameToken)
                .Select(r => Locations.Of(r.Tree, r.Token.Span))];
        }, cancellationToken);
}
