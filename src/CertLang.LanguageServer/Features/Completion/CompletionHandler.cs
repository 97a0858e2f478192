using CertLang.LanguageServer.Protocol;
using CertLang.LanguageServer.Workspace;
using CertLang.Semantics.Completion;
using StreamJsonRpc;

namespace CertLang.LanguageServer.Features.Completion;

/// <summary><c>textDocument/completion</c>: what fits at the caret, as <see cref="CompletionService"/> decides.</summary>
internal sealed class CompletionHandler(RequestRunner runner) : ILanguageFeature
{
    /// <summary>The characters after which the client asks for completion without being told to.</summary>
    public static IReadOnlyList<string> TriggerCharacters { get; } = ["(", ",", "{"];

    /// <inheritdoc />
    ServerCapabilities ILanguageFeature.Declare(ServerCapabilities capabilities, ClientCapabilities client) =>
        capabilities with { CompletionProvider = new CompletionOptions(TriggerCharacters) };

    /// <summary>The candidates at the position, in the service's order.</summary>
    [JsonRpcMethod("textDocument/completion", UseSingleObjectParameterDeserialization = true)]
    public Task<CompletionList> CompletionAsync(TextDocumentPositionParams request, CancellationToken cancellationToken) =>
        runner.RunAsync(request.TextDocument.Uri, (document, _) =>
        {
            var candidates = CompletionService.GetCompletions(document.Model, document.OffsetOf(request.Position));
            return new CompletionList(false, [.. candidates.Select((c, i) => new CompletionItem(c.Label, ToItemKind(c.Kind), i.ToString("D4", System.Globalization.CultureInfo.InvariantCulture), c.Detail))]);
        }, cancellationToken);

    private static CompletionItemKind ToItemKind(CompletionKind kind) => kind switch
    {
        CompletionKind.Keyword => CompletionItemKind.Keyword,
        CompletionKind.Attribute => CompletionItemKind.Property,
        CompletionKind.EnumMember => CompletionItemKind.EnumMember,
        CompletionKind.Category => CompletionItemKind.Class,
        CompletionKind.Step => CompletionItemKind.Function,
        CompletionKind.Market => CompletionItemKind.Module,
        CompletionKind.Regime => CompletionItemKind.Struct,
        CompletionKind.Unit => CompletionItemKind.Unit,
        _ => CompletionItemKind.TypeParameter,
    };
}
