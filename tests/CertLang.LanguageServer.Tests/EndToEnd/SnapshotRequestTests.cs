using System.Text;
using CertLang.LanguageServer.Protocol;

namespace CertLang.LanguageServer.Tests.EndToEnd;

/// <summary>
/// Requests run on a snapshot while edits go on: an answer computed for a document that changed meanwhile is refused with
/// ContentModified, and a request the client cancels while it is answered ends with RequestCancelled.
/// </summary>
public sealed class SnapshotRequestTests
{
    private const string Uri = "file:///work/small.cert";

    private const string SmallPack = "pack small version 1.0.0\n\nmarket US \"United States\"\n\nregime FCC in US {\n  route certification\n}\n";

    /// <summary>Regimes enough that binding them takes far longer than applying a one-line edit to another, small document.</summary>
    private static string LargeFile()
    {
        var text = new StringBuilder("attribute rated_voltage: voltage\n\ncategory kettle \"Kettles\"\n\nmarket CN \"China\"\n");
        for (var i = 0; i < 3000; i++)
        {
            text.Append($"\nregime R{i} in CN {{\n  route certification\n  scope {{\n    include kettle where rated_voltage > {i} V\n  }}\n  process {{\n    step a \"A\" takes 1..2 weeks\n    step b \"B\" takes 1..2 weeks after a\n  }}\n}}\n");
        }

        return text.ToString();
    }

    /// <summary>Each edit makes a new compilation, which the next request must bind first.</summary>
    private static byte[] InsertCommentLine(int version) => LspProcess.Frame(LspProcess.Message(null, "textDocument/didChange",
        new DidChangeTextDocumentParams(new VersionedTextDocumentIdentifier(Uri, version), [new TextDocumentContentChangeEvent("// edited\n", new Protocol.Range(new Position(0, 0), new Position(0, 0)))])).ToJsonString());

    [Fact]
    public async Task A_hover_whose_document_changes_while_it_is_answered_is_refused_with_content_modified_and_the_next_is_answered()
    {
        await using var server = LspProcess.Start();
        await server.OpenAsync("file:///work/large.cert", LargeFile());
        await server.NotifyAsync("textDocument/didOpen", new DidOpenTextDocumentParams(new TextDocumentItem(Uri, "certlang", 1, SmallPack)));
        var hover = LspProcess.Frame(LspProcess.Message(7, "textDocument/hover", OpenSamplePack.HoverAt(new Position(5, 8), Uri)).ToJsonString());

        await server.WriteRawAsync([.. InsertCommentLine(2), .. hover, .. InsertCommentLine(3)]);
        var stale = await server.ResponseAsync(7);
        var fresh = await server.RequestAsync(8, "textDocument/hover", OpenSamplePack.HoverAt(new Position(6, 8), Uri));

        Assert.Equal(-32801, stale.ErrorCode());
        Assert.StartsWith("**regime** `FCC`", fresh["result"]?["contents"]?["value"]?.GetValue<string>(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_hover_cancelled_while_it_is_answered_ends_with_request_cancelled_and_the_next_is_answered()
    {
        await using var server = LspProcess.Start();
        await server.OpenAsync("file:///work/large.cert", LargeFile());
        await server.NotifyAsync("textDocument/didOpen", new DidOpenTextDocumentParams(new TextDocumentItem(Uri, "certlang", 1, SmallPack)));
        var hover = LspProcess.Frame(LspProcess.Message(7, "textDocument/hover", OpenSamplePack.HoverAt(new Position(5, 8), Uri)).ToJsonString());
        var cancel = LspProcess.Frame(LspProcess.Message(null, "$/cancelRequest", new { id = 7 }).ToJsonString());

        await server.WriteRawAsync([.. InsertCommentLine(2), .. hover, .. cancel]);
        var cancelled = await server.ResponseAsync(7);
        var next = await server.RequestAsync(8, "textDocument/hover", OpenSamplePack.HoverAt(new Position(5, 8), Uri));

        Assert.Equal(-32800, cancelled.ErrorCode());
        Assert.StartsWith("**regime** `FCC`", next["result"]?["contents"]?["value"]?.GetValue<string>(), StringComparison.Ordinal);
    }
}
