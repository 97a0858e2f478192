using System.Text;
using CertLang.LanguageServer.Protocol;
using StreamJsonRpc;
using StreamJsonRpc.Protocol;

namespace CertLang.LanguageServer.Tests;

/// <summary>Requests run on a snapshot while edits go on: an answer computed for a document that changed meanwhile is refused with ContentModified.</summary>
public sealed class StaleResultTests
{
    /// <summary>A pack large enough that binding it takes far longer than applying a one-character edit.</summary>
    private static string LargePack()
    {
        var text = new StringBuilder("pack big version 1.0.0\n\nattribute rated_voltage: voltage\n\ncategory kettle \"Kettles\"\n\nmarket CN \"China\"\n");
        for (var i = 0; i < 3000; i++)
        {
            text.Append($"\nregime R{i} in CN {{\n  route certification\n  scope {{\n    include kettle where rated_voltage > {i} V\n  }}\n  process {{\n    step a \"A\" takes 1..2 weeks\n    step b \"B\" takes 1..2 weeks after a\n  }}\n}}\n");
        }

        return text.ToString();
    }

    [Fact]
    public async Task A_hover_answered_after_its_document_changed_is_refused_with_content_modified_and_the_next_one_is_answered()
    {
        await using var client = InProcessClient.Start();
        await client.RequestAsync<InitializeResult>("initialize", new InitializeParams(Environment.ProcessId));
        const string uri = "file:///work/big.cert";
        await client.NotifyAsync("textDocument/didOpen", new DidOpenTextDocumentParams(new TextDocumentItem(uri, "certlang", 1, LargePack())));
        var regimeName = new TextDocumentPositionParams(new TextDocumentIdentifier(uri), new Position(8, 8));

        var stale = client.RequestAsync<Hover?>("textDocument/hover", regimeName);
        await client.NotifyAsync("textDocument/didChange", new DidChangeTextDocumentParams(new VersionedTextDocumentIdentifier(uri, 2),
            [new TextDocumentContentChangeEvent(new Protocol.Range(new Position(0, 0), new Position(0, 0)), "// edited\n")]));
        var error = await Assert.ThrowsAnyAsync<RemoteRpcException>(() => stale);
        var fresh = await client.RequestAsync<Hover?>("textDocument/hover", regimeName with { Position = new Position(9, 8) });

        Assert.Equal((JsonRpcErrorCode)(-32801), error.ErrorCode);
        Assert.StartsWith("**regime** `R0`", fresh?.Contents.Value, StringComparison.Ordinal);
    }
}
