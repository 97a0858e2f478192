using CertLang.LanguageServer.Protocol;
using CertLang.LanguageServer.Workspace;
using CertLang.Semantics.Formatting;
using CertLang.Syntax;
using CertLang.Syntax.Text;
using StreamJsonRpc;

namespace CertLang.LanguageServer.Features.Formatting;

/// <summary><c>textDocument/formatting</c>: the canonical layout, by the formatter of <c>certc fmt</c>.</summary>
internal sealed class FormattingHandler(RequestRunner runner) : ILanguageFeature
{
    /// <inheritdoc />
    ServerCapabilities ILanguageFeature.Declare(ServerCapabilities capabilities, ClientCapabilities client) =>
        capabilities with { DocumentFormattingProvider = true };

    /// <summary>One edit replacing the whole document with its canonical text; none when it is already canonical or has syntax errors (a broken file is never reformatted).</summary>
    [JsonRpcMethod("textDocument/formatting", UseSingleObjectParameterDeserialization = true)]
    public Task<IReadOnlyList<TextEdit>> FormattingAsync(DocumentFormattingParams request, CancellationToken cancellationToken) =>
        runner.RunAsync(request.TextDocument.Uri, (document, _) => Edits(document.Tree), cancellationToken);

    private static IReadOnlyList<TextEdit> Edits(SyntaxTree tree)
    {
        var text = tree.Text;
        if (CertFormatter.Format(tree) is not { } formatted || formatted == text.ToString())
        {
            return [];
        }

        return [new TextEdit(Locations.RangeOf(text, new TextSpan(0, text.Length)), formatted)];
    }
}
