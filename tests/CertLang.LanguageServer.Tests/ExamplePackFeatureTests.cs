using CertLang.LanguageServer.Protocol;
using CertLang.TestSupport;

namespace CertLang.LanguageServer.Tests;

/// <summary>Every request the server answers (README.md, "Editors") over every file of the real example pack (which grows: nothing is pinned here).</summary>
public sealed class ExamplePackFeatureTests
{
    public static TheoryData<string> ExampleFiles => [.. RepositoryPaths.ExampleFiles()];

    [Theory]
    [MemberData(nameof(ExampleFiles))]
    public async Task Every_request_answers_each_example_file_without_error(string file)
    {
        await using var client = InProcessClient.Start();
        await OpenExamplesAsync(client);
        var document = new TextDocumentIdentifier(Uri(file));

        var symbols = await client.RequestAsync<IReadOnlyList<DocumentSymbol>>("textDocument/documentSymbol", new DocumentSymbolParams(document));
        var found = await client.RequestAsync<IReadOnlyList<SymbolInformation>>("workspace/symbol", new WorkspaceSymbolParams(""));
        var tokens = await client.RequestAsync<SemanticTokens>("textDocument/semanticTokens/full", new SemanticTokensParams(document));
        var ranged = await client.RequestAsync<SemanticTokens>("textDocument/semanticTokens/range", new SemanticTokensRangeParams(document, new Protocol.Range(new Position(0, 0), new Position(20, 0))));
        var folds = await client.RequestAsync<IReadOnlyList<FoldingRange>>("textDocument/foldingRange", new FoldingRangeParams(document));
        var edits = await client.RequestAsync<IReadOnlyList<TextEdit>>("textDocument/formatting", new DocumentFormattingParams(document, new FormattingOptions(2, InsertSpaces: true)));

        Assert.NotEmpty(symbols);
        Assert.Contains(found, s => s.Location.Uri == document.Uri);
        Assert.NotEmpty(tokens.Data);
        Assert.NotEmpty(ranged.Data);
        Assert.NotEmpty(folds);
        Assert.True(edits.Count <= 1, "formatting answers with one edit over the whole document or none");
    }

    [Theory]
    [MemberData(nameof(ExampleFiles))]
    public async Task Every_declaration_of_each_example_file_has_hover_definition_references_and_the_file_its_lenses_hints_and_completions(string file)
    {
        await using var client = InProcessClient.Start();
        await OpenExamplesAsync(client);
        var document = new TextDocumentIdentifier(Uri(file));
        var outline = await client.RequestAsync<IReadOnlyList<DocumentSymbol>>("textDocument/documentSymbol", new DocumentSymbolParams(document));
        var declarations = outline.SelectMany(s => (IEnumerable<DocumentSymbol>)[s, .. s.Children ?? []]).ToList();

        foreach (var declaration in declarations)
        {
            var at = new TextDocumentPositionParams(document, declaration.SelectionRange.Start);
            var hover = await client.RequestAsync<Hover?>("textDocument/hover", at);
            var definition = await client.RequestAsync<Location?>("textDocument/definition", at);
            var references = await client.RequestAsync<IReadOnlyList<Location>>("textDocument/references", new ReferenceParams(document, declaration.SelectionRange.Start, new ReferenceContext(true)));
            var rename = await client.RequestAsync<PrepareRenameResult?>("textDocument/prepareRename", at);
            if (declaration.Kind is SymbolKind.Package or SymbolKind.EnumMember)
            {
                continue;
            }

            Assert.True(hover is not null, $"no hover on {declaration.Name} in {file}");
            Assert.Equal(new Location(document.Uri, declaration.SelectionRange), definition);
            Assert.Contains(new Location(document.Uri, declaration.SelectionRange), references);
            Assert.Equal(declaration.Kind != SymbolKind.Function, rename is not null);
        }

        var lenses = await client.RequestAsync<IReadOnlyList<CodeLens>>("textDocument/codeLens", new CodeLensParams(document));
        var hints = await client.RequestAsync<IReadOnlyList<InlayHint>>("textDocument/inlayHint", new InlayHintParams(document, new Protocol.Range(new Position(0, 0), new Position(100_000, 0))));
        var fixes = await client.RequestAsync<IReadOnlyList<CodeAction>>("textDocument/codeAction", new CodeActionParams(document, new Protocol.Range(new Position(0, 0), new Position(100_000, 0)), new CodeActionContext([])));
        var completion = await client.RequestAsync<CompletionList>("textDocument/completion", new TextDocumentPositionParams(document, new Position(0, 0)));

        Assert.Equal(outline.Count(s => s.Kind is SymbolKind.Struct or SymbolKind.Function), lenses.Count);
        Assert.Equal(outline.Count(s => s.Kind == SymbolKind.Struct && s.Children is { Count: > 0 }), hints.Count(h => h.Label.StartsWith("lead time ", StringComparison.Ordinal)));
        Assert.Empty(fixes);
        Assert.Contains(completion.Items, item => item.Label == "regime");
    }

    private static Task<ServerCapabilities> OpenExamplesAsync(InProcessClient client) =>
        client.OpenAsync(RepositoryPaths.ExampleFiles().Select(f => (Uri(f), File.ReadAllText(Path.Combine(RepositoryPaths.Examples, f)))));

    private static string Uri(string file) => new Uri(Path.Combine(RepositoryPaths.Examples, file)).AbsoluteUri;
}
