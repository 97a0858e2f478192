using CertLang.LanguageServer.Protocol;
using CertLang.TestSupport;

namespace CertLang.LanguageServer.Tests;

/// <summary>The outline, symbol, semantic token, formatting and folding requests over every file of the real example pack (which grows: nothing is pinned here).</summary>
public sealed class ExamplePackFeatureTests
{
    public static TheoryData<string> ExampleFiles => [.. RepositoryPaths.ExampleFiles()];

    [Theory]
    [MemberData(nameof(ExampleFiles))]
    public async Task Every_request_answers_each_example_file_without_error(string file)
    {
        await using var client = InProcessClient.Start();
        await LanguageClientSession.OpenAsync(client, RepositoryPaths.ExampleFiles().Select(f => (Uri(f), File.ReadAllText(Path.Combine(RepositoryPaths.Examples, f)))));
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

    private static string Uri(string file) => new Uri(Path.Combine(RepositoryPaths.Examples, file)).AbsoluteUri;
}
