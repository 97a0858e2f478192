using CertLang.LanguageServer.Protocol;
using StreamJsonRpc;

namespace CertLang.LanguageServer.Tests.EndToEnd;

/// <summary><c>textDocument/rename</c> refused by the real <c>certc lsp</c>: the clash is named by its file relative to the workspace folder, not by its URI.</summary>
public sealed class RenameEndToEndTests
{
    [Fact]
    public async Task A_rename_that_clashes_names_the_declaration_by_its_path_in_the_workspace_folder()
    {
        var (server, rpc) = await FixtureServer.StartAsync();
        await using var _ = server;
        var kettle = new RenameParams(new TextDocumentIdentifier(FixturePack.Uri("pack.cert")), FixturePack.PositionOf("pack.cert", "category kettle", offset: 10), "toaster");

        var error = await Assert.ThrowsAsync<RemoteInvocationException>(() => rpc.InvokeWithParameterObjectAsync<WorkspaceEdit>("textDocument/rename", kettle));

        var line = FixturePack.PositionOf("pack.cert", "category toaster").Line + 1;
        Assert.Equal(-32803, error.ErrorCode);
        Assert.Equal($"a category named 'toaster' already exists (pack.cert:{line})", error.Message);
    }
}
