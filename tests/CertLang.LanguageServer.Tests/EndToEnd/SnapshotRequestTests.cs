using CertLang.LanguageServer.Protocol;

namespace CertLang.LanguageServer.Tests.EndToEnd;

/// <summary>
/// Requests run on a snapshot while edits go on: an answer computed for a document that changed meanwhile is refused with
/// ContentModified, and a request the client cancels while it is answered ends with RequestCancelled.
/// </summary>
public sealed class SnapshotRequestTests
{
    [Fact]
    public async Task A_hover_whose_document_changes_while_it_is_answered_is_refused_with_content_modified_and_the_next_is_answered()
    {
        await using var server = await LargePack.StartAsync();
        var hover = LspProcess.Frame(LspProcess.Message(7, "textDocument/hover", OpenSamplePack.HoverAt(new Position(5, 8), LargePack.SmallUri)).ToJsonString());

        await server.WriteRawAsync([.. LargePack.InsertCommentLine(2), .. hover, .. LargePack.InsertCommentLine(3)]);
        var stale = await server.ResponseAsync(7);
        var fresh = await server.RequestAsync(8, "textDocument/hover", OpenSamplePack.HoverAt(new Position(6, 8), LargePack.SmallUri));

        Assert.Equal(-32801, stale.ErrorCode());
        Assert.StartsWith("**regime** `FCC`", fresh["result"]?["contents"]?["value"]?.GetValue<string>(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_hover_cancelled_while_it_is_answered_ends_with_request_cancelled_and_the_next_is_answered()
    {
        await using var server = await LargePack.StartAsync();
        var hover = LspProcess.Frame(LspProcess.Message(7, "textDocument/hover", OpenSamplePack.HoverAt(new Position(5, 8), LargePack.SmallUri)).ToJsonString());
        var cancel = LspProcess.Frame(LspProcess.Message(null, "$/cancelRequest", new { id = 7 }).ToJsonString());

        await server.WriteRawAsync([.. LargePack.InsertCommentLine(2), .. hover, .. cancel]);
        var cancelled = await server.ResponseAsync(7);
        var next = await server.RequestAsync(8, "textDocument/hover", OpenSamplePack.HoverAt(new Position(5, 8), LargePack.SmallUri));

        Assert.Equal(-32800, cancelled.ErrorCode());
        Assert.StartsWith("**regime** `FCC`", next["result"]?["contents"]?["value"]?.GetValue<string>(), StringComparison.Ordinal);
    }
}
