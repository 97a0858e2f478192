using CertLang.LanguageServer.Protocol;
using StreamJsonRpc;

namespace CertLang.LanguageServer.Tests.EndToEnd;

/// <summary>The real <c>certc lsp</c> initialized on the folder of <see cref="FixturePack"/>, with a typed client.</summary>
internal static class FixtureServer
{
    /// <summary>Starts the server, sends <c>initialize</c> (the fixture folder as the workspace folder) and <c>initialized</c>.</summary>
    public static async Task<(LspProcess Server, JsonRpc Rpc)> StartAsync()
    {
        var server = LspProcess.Start();
        try
        {
            var rpc = server.AttachJsonRpc();
            await rpc.InvokeWithParameterObjectAsync<InitializeResult>("initialize", new InitializeParams(Environment.ProcessId, WorkspaceFolders: [new WorkspaceFolder(FixturePack.FolderUri, "pack")]));
            await rpc.NotifyWithParameterObjectAsync("initialized", new InitializedParams());
            return (server, rpc);
        }
        catch
        {
            await server.DisposeAsync();
            throw;
        }
    }
}
