using CertLang.LanguageServer.Protocol;

namespace CertLang.LanguageServer.Tests;

/// <summary>Starts a session the way an editor does and keeps what <c>initialize</c> answered.</summary>
internal static class LanguageClientSession
{
    /// <summary>Initializes the server and opens each document; returns the server's capabilities.</summary>
    public static async Task<ServerCapabilities> OpenAsync(InProcessClient client, params IEnumerable<(string Uri, string Text)> documents)
    {
        var result = await client.RequestAsync<InitializeResult>("initialize", new InitializeParams(Environment.ProcessId));
        await client.NotifyAsync("initialized", new InitializedParams());
        foreach (var (uri, text) in documents)
        {
            await client.NotifyAsync("textDocument/didOpen", new DidOpenTextDocumentParams(new TextDocumentItem(uri, "certlang", 1, text)));
        }

        return result.Capabilities;
    }

    /// <summary>Initializes the server and opens every file of the fixture pack; returns the server's capabilities.</summary>
    public static Task<ServerCapabilities> OpenFixtureAsync(InProcessClient client) =>
        OpenAsync(client, FixturePack.Files.Select(file => (FixturePack.Uri(file), FixturePack.Text(file))));
}
