using CertLang.LanguageServer.Protocol;
using CertLang.LanguageServer.Workspace;
using StreamJsonRpc;

namespace CertLang.LanguageServer.Features;

/// <summary><c>textDocument/hover</c>: what the name under the caret declares or refers to.</summary>
internal sealed class HoverHandler(ServerSession session)
{
    /// <summary>The hover of the symbol at the position, or null when there is none.</summary>
    [JsonRpcMethod("textDocument/hover", UseSingleObjectParameterDeserialization = true)]
    public Hover? Hover(TextDocumentPositionParams request)
    {
        var workspace = session.Workspace;
        if (!workspace.Documents.TryGetValue(request.TextDocument.Uri, out var tree))
        {
            return null;
        }

        var position = tree.Text.GetPosition(Positions.ToLinePosition(request.Position));
        return workspace.Compilation.GetSemanticModel(tree).GetSymbolAt(position) is { } symbol
            ? new Hover(MarkupContent.Markdown(HoverText.Describe(symbol)), null)
            : null;
    }
}
