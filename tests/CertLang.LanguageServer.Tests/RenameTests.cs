using CertLang.LanguageServer.Protocol;
using StreamJsonRpc;

namespace CertLang.LanguageServer.Tests;

/// <summary><c>textDocument/prepareRename</c> and <c>textDocument/rename</c> across files, refusing clashes.</summary>
public sealed class RenameTests
{
    private static RenameParams Rename(string file, string needle, string newName, int offset = 1) =>
        new(new TextDocumentIdentifier(FixturePack.Uri(file)), FixturePack.PositionOf(file, needle, offset: offset), newName);

    [Fact]
    public async Task Prepare_rename_on_a_category_reference_gives_its_range_and_name()
    {
        await using var client = InProcessClient.Start();
        await FixturePack.OpenAllAsync(client);
        var position = FixturePack.PositionOf("tests.cert", "hair_dryer", offset: 3);

        var prepared = await client.RequestAsync<PrepareRenameResult?>("textDocument/prepareRename", new TextDocumentPositionParams(new TextDocumentIdentifier(FixturePack.Uri("tests.cert")), position));

        var start = position with { Character = position.Character - 3 };
        Assert.Equal(new PrepareRenameResult(new Protocol.Range(start, start with { Character = start.Character + "hair_dryer".Length }), "hair_dryer"), prepared);
    }

    [Fact]
    public async Task Prepare_rename_on_a_built_in_or_a_keyword_is_null()
    {
        await using var client = InProcessClient.Start();
        await FixturePack.OpenAllAsync(client);

        var builtIn = await client.RequestAsync<PrepareRenameResult?>("textDocument/prepareRename",
            new TextDocumentPositionParams(new TextDocumentIdentifier(FixturePack.Uri("tests.cert")), FixturePack.PositionOf("tests.cert", "category", offset: 1)));
        var keyword = await client.RequestAsync<PrepareRenameResult?>("textDocument/prepareRename",
            new TextDocumentPositionParams(new TextDocumentIdentifier(FixturePack.Uri("markets/china.cert")), FixturePack.PositionOf("markets/china.cert", "scope", offset: 1)));

        Assert.Null(builtIn);
        Assert.Null(keyword);
    }

    [Fact]
    public async Task Renaming_an_attribute_edits_its_declaration_and_every_reference_in_every_file()
    {
        await using var client = InProcessClient.Start();
        await FixturePack.OpenAllAsync(client);

        var edit = await client.RequestAsync<WorkspaceEdit>("textDocument/rename", Rename("pack.cert", "rated_voltage", "nominal_voltage"));

        Assert.Equal(FixturePack.Files.Select(FixturePack.Uri), edit.Changes.Keys.Order(StringComparer.Ordinal));
        var occurrences = FixturePack.Files.Sum(file => CountOf(FixturePack.Text(file), "rated_voltage"));
        Assert.Equal(occurrences, edit.Changes.Values.Sum(edits => edits.Count));
        Assert.All(edit.Changes.Values.SelectMany(e => e), e => Assert.Equal("nominal_voltage", e.NewText));
    }

    [Fact]
    public async Task Renaming_a_category_to_the_name_of_another_category_is_refused_naming_the_clash()
    {
        await using var client = InProcessClient.Start();
        await FixturePack.OpenAllAsync(client);

        var error = await Assert.ThrowsAsync<RemoteInvocationException>(() => client.RequestAsync<WorkspaceEdit>("textDocument/rename", Rename("pack.cert", "category kettle", "toaster", offset: 10)));

        Assert.Equal(-32803, error.ErrorCode);
        Assert.StartsWith("a category named 'toaster' already exists (", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_rename_that_would_add_a_warning_is_refused_with_that_warning()
    {
        await using var client = InProcessClient.Start();
        await FixturePack.OpenAllAsync(client);

        var error = await Assert.ThrowsAsync<RemoteInvocationException>(() => client.RequestAsync<WorkspaceEdit>("textDocument/rename", Rename("pack.cert", "market CN", "china", offset: 7)));

        Assert.Equal(-32803, error.ErrorCode);
        Assert.StartsWith("renaming 'CN' to 'china' would cause: ", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Renaming_to_a_word_that_is_not_a_name_is_refused()
    {
        await using var client = InProcessClient.Start();
        await FixturePack.OpenAllAsync(client);

        var error = await Assert.ThrowsAsync<RemoteInvocationException>(() => client.RequestAsync<WorkspaceEdit>("textDocument/rename", Rename("pack.cert", "rated_voltage", "rated voltage")));

        Assert.Equal(("'rated voltage' is not a valid name", -32803), (error.Message, error.ErrorCode));
    }

    [Fact]
    public async Task Renaming_a_step_to_the_name_of_a_step_of_another_regime_is_allowed()
    {
        await using var client = InProcessClient.Start();
        await FixturePack.OpenAllAsync(client);

        var edit = await client.RequestAsync<WorkspaceEdit>("textDocument/rename", Rename("markets/china.cert", "step application", "declaration", offset: 6));

        Assert.Equal([FixturePack.Uri("markets/china.cert")], edit.Changes.Keys);
        Assert.Equal(1 + CountOf(FixturePack.Text("markets/china.cert"), "after application"), edit.Changes.Values.Single().Count);
    }

    private static int CountOf(string text, string needle) =>
        text.Split(needle).Length - 1 - CountInComments(text, needle);

    private static int CountInComments(string text, string needle) =>
        text.Split('\n').Where(line => line.TrimStart().StartsWith("//", StringComparison.Ordinal)).Sum(line => line.Split(needle).Length - 1);
}
