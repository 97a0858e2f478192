using System.Text.Json.Nodes;
using CertLang.LanguageServer.Protocol;

namespace CertLang.LanguageServer.Tests.EndToEnd;

/// <summary>An answer from the client to a request the server is not waiting for (late, duplicate or made up): logged as a warning, ignored, and the server serves on.</summary>
public sealed class StrayResponseTests
{
    [Fact]
    public async Task A_result_for_an_id_the_server_never_used_is_ignored()
    {
        await using var server = await OpenSamplePack.StartAsync();

        await server.WriteRawAsync(LspProcess.Frame("""{"jsonrpc":"2.0","id":4242,"result":null}"""));

        Assert.Contains("warn", await server.StandardErrorLineAsync("ignored an answer to request 4242"), StringComparison.Ordinal);
        await server.AssertStillServesAsync(5);
    }

    [Fact]
    public async Task An_error_for_an_id_the_server_never_used_is_ignored()
    {
        await using var server = await OpenSamplePack.StartAsync();

        await server.WriteRawAsync(LspProcess.Frame("""{"jsonrpc":"2.0","id":"nope","error":{"code":-32601,"message":"no"}}"""));
        await server.WriteRawAsync(LspProcess.Frame("""{"jsonrpc":"2.0","id":null,"error":{"code":-32700,"message":"parse error"}}"""));

        await server.StandardErrorLineAsync("ignored an answer to request nope");
        await server.AssertStillServesAsync(5);
    }

    [Fact]
    public async Task A_second_answer_to_client_register_capability_is_ignored()
    {
        await using var server = LspProcess.Start();
        var capabilities = new ClientCapabilities(new WorkspaceClientCapabilities(new DidChangeWatchedFilesClientCapabilities(DynamicRegistration: true)));
        await server.RequestAsync(0, "initialize", new InitializeParams(Environment.ProcessId, Capabilities: capabilities));
        await server.NotifyAsync("initialized", new InitializedParams());
        var register = await server.ReceiveAsync(m => m["method"]?.GetValue<string>() == "client/registerCapability", "client/registerCapability");
        var answer = new JsonObject { ["jsonrpc"] = "2.0", ["id"] = register["id"]!.DeepClone(), ["result"] = null };

        await server.SendAsync(answer);
        await server.SendAsync((JsonObject)answer.DeepClone());
        await server.NotifyAsync("textDocument/didOpen", new DidOpenTextDocumentParams(new TextDocumentItem(SamplePack.Uri, "certlang", 1, SamplePack.Text)));

        await server.StandardErrorLineAsync($"ignored an answer to request {register["id"]}");
        await server.AssertStillServesAsync(5);
        Assert.Single(server.StandardError.Split('\n'), line => line.Contains("ignored an answer", StringComparison.Ordinal));
    }
}
