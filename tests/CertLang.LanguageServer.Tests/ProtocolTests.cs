using CertLang.LanguageServer.Protocol;

namespace CertLang.LanguageServer.Tests;

/// <summary>The server as a client sees it, through the protocol only.</summary>
public sealed class ProtocolTests
{
    private static readonly Protocol.Range TypoRange = new(new Position(12, 25), new Position(12, 25 + SamplePack.Typo.Length));

    [Fact]
    public async Task Initialize_offers_incremental_sync_and_hover()
    {
        await using var client = InProcessClient.Start();

        var result = await client.RequestAsync<InitializeResult>("initialize", new InitializeParams(Environment.ProcessId));

        Assert.Equal(new TextDocumentSyncOptions(OpenClose: true, TextDocumentSyncKind.Incremental), result.Capabilities.TextDocumentSync);
        Assert.True(result.Capabilities.HoverProvider);
        Assert.Equal("certlang", result.ServerInfo.Name);
    }

    [Fact]
    public async Task Opening_a_file_with_a_typo_publishes_that_diagnostic_at_the_typo()
    {
        await using var client = InProcessClient.Start();

        await client.OpenAsync(SamplePack.Uri, SamplePack.Text);
        var published = await client.Diagnostics.NextAsync();

        Assert.Equal(SamplePack.Uri, published.Uri);
        var diagnostic = Assert.Single(published.Diagnostics);
        Assert.Equal(("CERT1001", DiagnosticSeverity.Error, TypoRange), (diagnostic.Code, diagnostic.Severity, diagnostic.Range));
        Assert.Contains("did you mean 'rated_voltage'", diagnostic.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_incremental_change_that_fixes_the_typo_publishes_an_empty_list()
    {
        await using var client = InProcessClient.Start();
        await client.OpenAsync(SamplePack.Uri, SamplePack.Text);
        await client.Diagnostics.NextAsync();

        var insertT = new TextDocumentContentChangeEvent("t", new Protocol.Range(new Position(12, 34), new Position(12, 34)));
        await client.NotifyAsync("textDocument/didChange", new DidChangeTextDocumentParams(new VersionedTextDocumentIdentifier(SamplePack.Uri, 2), [insertT]));
        var published = await client.Diagnostics.NextAsync();

        Assert.Equal(SamplePack.Uri, published.Uri);
        Assert.Empty(published.Diagnostics);
    }

    [Fact]
    public async Task Changes_of_one_notification_apply_in_order_each_to_the_text_the_previous_left()
    {
        await using var client = InProcessClient.Start();
        await client.OpenAsync(SamplePack.Uri, SamplePack.Text);
        await client.Diagnostics.NextAsync();

        var replaceTypo = new TextDocumentContentChangeEvent("rated_current", TypoRange);
        var fixAgain = new TextDocumentContentChangeEvent("voltage", new Protocol.Range(new Position(12, 31), new Position(12, 38)));
        await client.NotifyAsync("textDocument/didChange", new DidChangeTextDocumentParams(new VersionedTextDocumentIdentifier(SamplePack.Uri, 2), [replaceTypo, fixAgain]));
        var published = await client.Diagnostics.NextAsync();

        Assert.Empty(published.Diagnostics);
    }

    [Fact]
    public async Task Closing_a_document_clears_its_diagnostics()
    {
        await using var client = InProcessClient.Start();
        await client.OpenAsync(SamplePack.Uri, SamplePack.Text);
        await client.Diagnostics.NextAsync();

        await client.NotifyAsync("textDocument/didClose", new DidCloseTextDocumentParams(new TextDocumentIdentifier(SamplePack.Uri)));
        var published = await client.Diagnostics.NextAsync();

        Assert.Equal((SamplePack.Uri, 0), (published.Uri, published.Diagnostics.Count));
    }

    [Fact]
    public async Task Hover_over_a_regime_name_shows_its_market_route_and_doc_comment()
    {
        await using var client = InProcessClient.Start();
        await client.OpenAsync(SamplePack.Uri, SamplePack.Text);
        await client.Diagnostics.NextAsync();

        var hover = await client.RequestAsync<Hover?>("textDocument/hover", new TextDocumentPositionParams(new TextDocumentIdentifier(SamplePack.Uri), new Position(9, 8)));

        Assert.NotNull(hover);
        Assert.Equal("markdown", hover.Contents.Kind);
        Assert.Equal("**regime** `CCC`\n\nmarket: `CN`\n\nroute: `certification`\n\n---\n\nChina Compulsory Certification.", hover.Contents.Value);
    }

    [Fact]
    public async Task Hover_over_a_category_and_an_attribute_shows_path_hs_codes_and_type()
    {
        await using var client = InProcessClient.Start();
        await client.OpenAsync(SamplePack.Uri, SamplePack.Text);
        await client.Diagnostics.NextAsync();

        var category = await client.RequestAsync<Hover?>("textDocument/hover", new TextDocumentPositionParams(new TextDocumentIdentifier(SamplePack.Uri), new Position(12, 14)));
        var attribute = await client.RequestAsync<Hover?>("textDocument/hover", new TextDocumentPositionParams(new TextDocumentIdentifier(SamplePack.Uri), new Position(13, 26)));

        Assert.Equal("**category** `kettle`\n\npath: `kettle`\n\nHS codes: `8516.71`", category?.Contents.Value);
        Assert.Equal("**attribute** `rated_voltage`\n\ntype: `voltage`", attribute?.Contents.Value);
    }

    [Fact]
    public async Task Hover_over_a_keyword_is_null()
    {
        await using var client = InProcessClient.Start();
        await client.OpenAsync(SamplePack.Uri, SamplePack.Text);
        await client.Diagnostics.NextAsync();

        var hover = await client.RequestAsync<Hover?>("textDocument/hover", new TextDocumentPositionParams(new TextDocumentIdentifier(SamplePack.Uri), new Position(9, 1)));

        Assert.Null(hover);
    }

    [Fact]
    public async Task Exit_after_shutdown_ends_the_server_with_code_0_and_without_shutdown_with_code_1()
    {
        var polite = InProcessClient.Start();
        await polite.RequestAsync<object?>("shutdown", null);
        await polite.NotifyAsync("exit");
        var abrupt = InProcessClient.Start();
        await abrupt.NotifyAsync("exit");

        Assert.Equal((0, 1), (await polite.Server, await abrupt.Server));
        await polite.DisposeAsync();
        await abrupt.DisposeAsync();
    }

    [Fact]
    public async Task Renaming_a_declaration_in_one_document_republishes_the_diagnostics_of_another_that_uses_it()
    {
        await using var client = InProcessClient.Start();
        await client.RequestAsync<InitializeResult>("initialize", new InitializeParams(Environment.ProcessId));
        const string declarations = "file:///work/pack.cert";
        const string regime = "file:///work/regime.cert";
        await client.NotifyAsync("textDocument/didOpen", new DidOpenTextDocumentParams(new TextDocumentItem(declarations, "certlang", 1, "pack p version 1.0.0\n\ncategory kettle \"Kettles\"\n\nmarket CN \"China\"\n")));
        await client.NotifyAsync("textDocument/didOpen", new DidOpenTextDocumentParams(new TextDocumentItem(regime, "certlang", 1, "regime CCC in CN {\n  route certification\n  scope {\n    include kettle\n  }\n}\n")));
        var opened = await client.Diagnostics.NextForAsync(regime);

        await client.NotifyAsync("textDocument/didChange", new DidChangeTextDocumentParams(new VersionedTextDocumentIdentifier(declarations, 2),
            [new TextDocumentContentChangeEvent("toaster", new Protocol.Range(new Position(2, 9), new Position(2, 15)))]));
        var afterRename = await client.Diagnostics.NextForAsync(regime);

        Assert.Equal((regime, 0), (opened.Uri, opened.Diagnostics.Count));
        Assert.Equal(regime, afterRename.Uri);
        Assert.Equal(["CERT1002"], afterRename.Diagnostics.Select(d => d.Code));
    }
}
