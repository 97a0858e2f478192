using System.Text.Json;
using CertLang.LanguageServer.Protocol;
using Snapshooter;
using Snapshooter.Xunit;

namespace CertLang.LanguageServer.Tests.EndToEnd;

/// <summary>The capabilities <c>certc lsp</c> answers <c>initialize</c> with, as the JSON the client reads, for a client that is pushed diagnostics and one that pulls them.</summary>
public sealed class InitializeResultTests
{
    public static TheoryData<string> Clients => ["push", "pull"];

    [Theory]
    [MemberData(nameof(Clients))]
    public async Task The_capabilities_are_pinned_as_json(string client)
    {
        await using var server = LspProcess.Start();
        var capabilities = client == "pull"
            ? new ClientCapabilities(TextDocument: new TextDocumentClientCapabilities(new DiagnosticClientCapabilities()))
            : new ClientCapabilities();

        var response = await server.RequestAsync(1, "initialize", new InitializeParams(Environment.ProcessId, Capabilities: capabilities));

        var json = response["result"]?["capabilities"]?.ToJsonString(new JsonSerializerOptions { WriteIndented = true }) ?? response.ToJsonString();
        Snapshot.Match(json.ReplaceLineEndings("\n"), SnapshotNameExtension.Create(client));
    }

    [Fact]
    public async Task The_method_by_which_a_feature_declares_its_capabilities_is_not_a_method_of_the_protocol()
    {
        await using var server = await OpenSamplePack.StartAsync();

        var response = await server.RequestAsync(5, "Declare", new object[] { new ServerCapabilities(), new ClientCapabilities() });

        Assert.Equal(-32601, response.ErrorCode());
        await server.AssertStillServesAsync(6);
    }
}
