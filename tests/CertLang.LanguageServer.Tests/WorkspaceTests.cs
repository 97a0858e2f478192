using CertLang.LanguageServer.Protocol;
using StreamJsonRpc;
using StreamJsonRpc.Protocol;

namespace CertLang.LanguageServer.Tests;

/// <summary>The workspace: every <c>.cert</c> under the folders counts, open documents override their files, watched-file events keep the disk current.</summary>
public sealed class WorkspaceTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("certlang-workspace-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    private string Write(string name, string text)
    {
        var path = Path.Combine(_folder, name);
        File.WriteAllText(path, text);
        return new Uri(path).AbsoluteUri;
    }

    private Task<InitializeResult> InitializeAsync(InProcessClient client) =>
        client.InitializeAsync(new InitializeParams(Environment.ProcessId, WorkspaceFolders: [new WorkspaceFolder(new Uri(_folder).AbsoluteUri, "pack")]));

    [Fact]
    public async Task Files_on_disk_that_were_never_opened_take_part_in_requests()
    {
        var packUri = Write("pack.cert", "pack demo version 1.0.0\n\nattribute rated_voltage: voltage\n\ncategory kettle \"Kettles\"\n\nmarket CN \"China\"\n");
        await using var client = InProcessClient.Start();
        await InitializeAsync(client);

        var uri = "file:///elsewhere/regime.cert";
        await client.NotifyAsync("textDocument/didOpen", new DidOpenTextDocumentParams(new TextDocumentItem(uri, "certlang", 1,
            "regime CCC in CN {\n  route certification\n  scope {\n    include kettle where rated_voltage > 12 V\n  }\n}\n")));
        var published = await client.Diagnostics.NextAsync();
        var definition = await client.RequestAsync<Location?>("textDocument/definition", new TextDocumentPositionParams(new TextDocumentIdentifier(uri), new Position(3, 15)));
        var hoverOnDisk = await client.RequestAsync<Hover?>("textDocument/hover", new TextDocumentPositionParams(new TextDocumentIdentifier(packUri), new Position(4, 10)));

        Assert.Equal((uri, 0), (published.Uri, published.Diagnostics.Count));
        Assert.Equal(packUri, definition?.Uri);
        Assert.StartsWith("**category** `kettle`", hoverOnDisk?.Contents.Value, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_declaration_deleted_on_disk_makes_an_open_document_report_it_and_recreating_it_clears_that()
    {
        var packText = "pack demo version 1.0.0\n\ncategory kettle \"Kettles\"\n\nmarket CN \"China\"\n";
        var packUri = Write("pack.cert", packText);
        var regimeUri = Write("regime.cert", "regime CCC in CN {\n  route certification\n  scope {\n    include kettle\n  }\n}\n");
        await using var client = InProcessClient.Start();
        await InitializeAsync(client);
        await client.NotifyAsync("textDocument/didOpen", new DidOpenTextDocumentParams(new TextDocumentItem(regimeUri, "certlang", 1, File.ReadAllText(new Uri(regimeUri).LocalPath))));
        Assert.Empty((await client.Diagnostics.NextAsync()).Diagnostics);

        File.Delete(new Uri(packUri).LocalPath);
        await client.NotifyAsync("workspace/didChangeWatchedFiles", new DidChangeWatchedFilesParams([new FileEvent(packUri, FileChangeType.Deleted)]));
        var afterDelete = await client.Diagnostics.NextAsync();
        Write("pack.cert", packText);
        await client.NotifyAsync("workspace/didChangeWatchedFiles", new DidChangeWatchedFilesParams([new FileEvent(packUri, FileChangeType.Created)]));
        var afterCreate = await client.Diagnostics.NextAsync();

        Assert.Equal(regimeUri, afterDelete.Uri);
        Assert.Contains(afterDelete.Diagnostics, d => d.Code == "CERT1002");
        Assert.Equal((regimeUri, 0), (afterCreate.Uri, afterCreate.Diagnostics.Count));
    }

    [Fact]
    public async Task An_open_document_overrides_its_file_and_closing_it_brings_the_file_back()
    {
        var uri = Write("pack.cert", "pack demo version 1.0.0\n\ncategory kettle \"Kettles\"\n");
        await using var client = InProcessClient.Start();
        await InitializeAsync(client);
        await client.NotifyAsync("textDocument/didOpen", new DidOpenTextDocumentParams(new TextDocumentItem(uri, "certlang", 1, "pack demo version 1.0.0\n\ncategory toaster \"Toasters\"\n")));
        await client.Diagnostics.NextAsync();

        var edited = await client.RequestAsync<Hover?>("textDocument/hover", new TextDocumentPositionParams(new TextDocumentIdentifier(uri), new Position(2, 11)));
        await client.NotifyAsync("textDocument/didClose", new DidCloseTextDocumentParams(new TextDocumentIdentifier(uri)));
        var onDisk = await client.RequestAsync<Hover?>("textDocument/hover", new TextDocumentPositionParams(new TextDocumentIdentifier(uri), new Position(2, 11)));

        Assert.StartsWith("**category** `toaster`", edited?.Contents.Value, StringComparison.Ordinal);
        Assert.StartsWith("**category** `kettle`", onDisk?.Contents.Value, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_request_for_a_document_that_is_neither_open_nor_on_disk_is_an_invalid_params_error()
    {
        await using var client = InProcessClient.Start();
        await InitializeAsync(client);

        var error = await Assert.ThrowsAnyAsync<RemoteRpcException>(() =>
            client.RequestAsync<Hover?>("textDocument/hover", new TextDocumentPositionParams(new TextDocumentIdentifier("file:///nowhere.cert"), new Position(0, 0))));

        Assert.Equal(JsonRpcErrorCode.InvalidParams, error.ErrorCode);
    }
}
