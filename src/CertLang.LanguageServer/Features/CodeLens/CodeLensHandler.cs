using CertLang.LanguageServer.Features.Commands;
using CertLang.LanguageServer.Protocol;
using CertLang.LanguageServer.Workspace;
using CertLang.Syntax;
using StreamJsonRpc;

namespace CertLang.LanguageServer.Features.CodeLens;

/// <summary><c>textDocument/codeLens</c>: "Run test" over each <c>test</c>, "Plan…" over each regime (with its market).</summary>
internal sealed class CodeLensHandler(RequestRunner runner) : ILanguageFeature
{
    /// <summary>
    /// The client-side command that plans a product against the pack (the VS Code extension's "CertLang: Plan Product…", which
    /// asks the server with <c>certlang/plan</c>); its arguments are the document's URI, the regime's name and, when declared, its market.
    /// </summary>
    public const string PlanProductCommand = "certlang.planProduct";

    /// <inheritdoc />
    ServerCapabilities ILanguageFeature.Declare(ServerCapabilities capabilities, ClientCapabilities client) =>
        capabilities with { CodeLensProvider = new CodeLensOptions(ResolveProvider: false) };

    /// <summary>The lenses of the document's tests and regimes, in source order.</summary>
    [JsonRpcMethod("textDocument/codeLens", UseSingleObjectParameterDeserialization = true)]
    public Task<IReadOnlyList<Protocol.CodeLens>> CodeLensAsync(CodeLensParams request, CancellationToken cancellationToken) =>
        runner.RunAsync<IReadOnlyList<Protocol.CodeLens>>(request.TextDocument.Uri, (document, _) =>
            [.. document.Tree.Root.Declarations.SelectMany(declaration => Lenses(document, declaration))], cancellationToken);

    private static IEnumerable<Protocol.CodeLens> Lenses(DocumentSnapshot document, DeclarationSyntax declaration)
    {
        var range = Locations.RangeOf(document.Tree.Text, declaration.Span);
        switch (declaration)
        {
            case TestDeclarationSyntax test when document.Compilation.Tests.FirstOrDefault(t => ReferenceEquals(t.Declaration, test)) is { } symbol:
                yield return new Protocol.CodeLens(range, new Command("Run test", RunTestCommand.Name, [document.Uri, symbol.Name]));
                break;
            case RegimeDeclarationSyntax regime when !regime.Name.IsMissing:
                var market = document.Compilation.Regimes.FirstOrDefault(r => ReferenceEquals(r.Syntax, regime))?.Market?.Name;
                yield return new Protocol.CodeLens(range, new Command("Plan…", PlanProductCommand, market is null ? [document.Uri, regime.Name.Text] : [document.Uri, regime.Name.Text, market]));
                break;
        }
    }
}
