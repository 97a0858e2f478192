using CertLang.LanguageServer.Workspace;
using CertLang.Semantics.Hints;
using StreamJsonRpc;
using LspInlayHint = CertLang.LanguageServer.Protocol.InlayHint;
using LspInlayHintParams = CertLang.LanguageServer.Protocol.InlayHintParams;

namespace CertLang.LanguageServer.Features.InlayHints;

/// <summary><c>textDocument/inlayHint</c>: the hints <see cref="InlayHintService"/> finds in the range.</summary>
internal sealed class InlayHintHandler(RequestRunner runner) : ILanguageFeature
{
    /// <inheritdoc />
    Protocol.ServerCapabilities ILanguageFeature.Declare(Protocol.ServerCapabilities capabilities, Protocol.ClientCapabilities client) =>
        capabilities with { InlayHintProvider = true };

    /// <summary>The hints in the range.</summary>
    [JsonRpcMethod("textDocument/inlayHint", UseSingleObjectParameterDeserialization = true)]
    public Task<IReadOnlyList<LspInlayHint>> InlayHintAsync(LspInlayHintParams request, CancellationToken cancellationToken) =>
        runner.RunAsync<IReadOnlyList<LspInlayHint>>(request.TextDocument.Uri, (document, _) =>
        {
            return [.. InlayHintService.GetHints(document.Model, document.SpanOf(request.Range))
                .Select(h => new LspInlayHint(Positions.ToPosition(document.Tree.Text.GetLinePosition(h.Position)), h.Label, PaddingLeft: true))];
        }, cancellationToken);
}
