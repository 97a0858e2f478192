using CertLang.LanguageServer.Protocol;

namespace CertLang.LanguageServer.Tests;

/// <summary>An extra document opened next to the fixture pack, written with a <c>|</c> where the caret is.</summary>
internal static class ProbeDocument
{
    private static int _count;

    /// <summary>Opens <paramref name="textWithCaret"/> (without its <c>|</c>) as a new document; returns its URI and the caret's position.</summary>
    public static async Task<(string Uri, Position Caret)> OpenAsync(InProcessClient client, string textWithCaret)
    {
        var caret = textWithCaret.IndexOf('|', StringComparison.Ordinal);
        var text = textWithCaret.Remove(caret, 1);
        var uri = $"file:///work/probe{Interlocked.Increment(ref _count)}.cert";
        await client.NotifyAsync("textDocument/didOpen", new DidOpenTextDocumentParams(new TextDocumentItem(uri, "certlang", 1, text)));
        var before = text[..caret];
        return (uri, new Position(before.Count(c => c == '\n'), caret - (before.LastIndexOf('\n') + 1)));
    }
}
