using CertLang.LanguageServer.Protocol;
using CertLang.LanguageServer.Workspace;
using StreamJsonRpc;

namespace CertLang.LanguageServer.Features.Folding;

/// <summary><c>textDocument/foldingRange</c>: blocks and comment runs.</summary>
internal sealed class FoldingRangeHandler(RequestRunner runner) : ILanguageFeature
{
    /// <inheritdoc />
    ServerCapabilities ILanguageFeature.Declare(ServerCapabilities capabilities, ClientCapabilities client) =>
        capabilities with { FoldingRangeProvider = true };

    /// <summary>The folding ranges of the document.</summary>
    [JsonRpcMethod("textDocument/foldingRange", UseSingleObjectParameterDeserialization = true)]
    public Task<IReadOnlyList<FoldingRange>> FoldingRangeAsync(FoldingRangeParams request, CancellationToken cancellationToken) =>
        runner.RunAsync(request.TextDocument.Uri, (document, _) => FoldingRanges.Compute(document.Tree), cancellationToken);
}
