using CertLang.LanguageServer.Protocol;
using CertLang.LanguageServer.Workspace;
using StreamJsonRpc;

namespace CertLang.LanguageServer.Features.Symbols;

/// <summary><c>workspace/symbol</c>: the symbols of every document of the workspace that match the query.</summary>
internal sealed class WorkspaceSymbolHandler(RequestRunner runner) : ILanguageFeature
{
    /// <inheritdoc />
    ServerCapabilities ILanguageFeature.Declare(ServerCapabilities capabilities, ClientCapabilities client) =>
        capabilities with { WorkspaceSymbolProvider = true };

    /// <summary>The matching symbols, with their containers.</summary>
    [JsonRpcMethod("workspace/symbol", UseSingleObjectParameterDeserialization = true)]
    public Task<IReadOnlyList<SymbolInformation>> WorkspaceSymbolAsync(WorkspaceSymbolParams request, CancellationToken cancellationToken) =>
        runner.RunAsync((workspace, cancel) => WorkspaceSymbolSearch.Search(workspace, request.Query ?? "", cancel), cancellationToken);
}
