using CertLang.LanguageServer.Protocol;
using CertLang.LanguageServer.Workspace;
using CertLang.Syntax.Classification;
using CertLang.Syntax.Text;
using StreamJsonRpc;

namespace CertLang.LanguageServer.Features.SemanticTokens;

/// <summary><c>textDocument/semanticTokens/full</c> and <c>…/range</c>: declarations, references, keywords, units, dates and HS codes, classified from the syntax alone.</summary>
internal sealed class SemanticTokensHandler(RequestRunner runner) : ILanguageFeature
{
    /// <inheritdoc />
    ServerCapabilities ILanguageFeature.Declare(ServerCapabilities capabilities, ClientCapabilities client) =>
        capabilities with { SemanticTokensProvider = new SemanticTokensOptions(SemanticTokenLegend.Legend, Range: true, Full: true) };

    /// <summary>The tokens of the whole document.</summary>
    [JsonRpcMethod("textDocument/semanticTokens/full", UseSingleObjectParameterDeserialization = true)]
    public Task<Protocol.SemanticTokens> FullAsync(SemanticTokensParams request, CancellationToken cancellationToken) =>
        runner.RunAsync(request.TextDocument.Uri, (document, _) => Tokens(document, new TextSpan(0, document.Tree.Text.Length)), cancellationToken);

    /// <summary>The tokens that overlap the range, which is clamped to the document (a range past its end has none).</summary>
    [JsonRpcMethod("textDocument/semanticTokens/range", UseSingleObjectParameterDeserialization = true)]
    public Task<Protocol.SemanticTokens> RangeAsync(SemanticTokensRangeParams request, CancellationToken cancellationToken) =>
        runner.RunAsync(request.TextDocument.Uri, (document, _) =>
        {
            var start = ClampedOffset(document.Tree.Text, request.Range.Start);
            var end = ClampedOffset(document.Tree.Text, request.Range.End);
            return Tokens(document, TextSpan.FromBounds(start, Math.Max(start, end)));
        }, cancellationToken);

    private static Protocol.SemanticTokens Tokens(DocumentSnapshot document, TextSpan span) =>
        SemanticTokenEncoder.Encode(document.Tree.Text, SyntaxClassifier.Classify(document.Tree.Root, span));

    private static int ClampedOffset(SourceText text, Position position) =>
        position.Line < 0 ? 0
        : position.Line >= text.LineStarts.Count ? text.Length
        : text.GetPosition(Positions.ToLinePosition(position));
}
