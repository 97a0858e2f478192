using System.Text.Json.Nodes;
using CertLang.LanguageServer.Protocol;

namespace CertLang.LanguageServer.Tests.EndToEnd;

/// <summary>A started <c>certc lsp</c> with <see cref="SamplePack"/> open, and the hover that proves it still serves.</summary>
internal static class OpenSamplePack
{
    /// <summary>On <c>rated_voltage</c> in its declaration <c>attribute rated_voltage: voltage</c> (line 2).</summary>
    public static readonly Position OnAttribute = new(2, 12);

    /// <summary>Starts the server, initializes it and opens the sample pack.</summary>
    public static async Task<LspProcess> StartAsync()
    {
        var server = LspProcess.Start();
        await server.OpenAsync(SamplePack.Uri, SamplePack.Text);
        return server;
    }

    /// <summary>The parameters of a hover at <paramref name="position"/> in <paramref name="uri"/>.</summary>
    public static TextDocumentPositionParams HoverAt(Position position, string uri = SamplePack.Uri) => new(new TextDocumentIdentifier(uri), position);

    /// <summary>Asserts that a hover on the attribute (request <paramref name="id"/>) is answered with its description.</summary>
    public static async Task AssertStillServesAsync(this LspProcess server, int id)
    {
        var response = await server.RequestAsync(id, "textDocument/hover", HoverAt(OnAttribute));
        Assert.Contains("rated_voltage", response["result"]?["contents"]?["value"]?.GetValue<string>() ?? response.ToJsonString(), StringComparison.Ordinal);
    }

    /// <summary>The error code of <paramref name="response"/>, failing when it is not an error.</summary>
    public static int ErrorCode(this JsonObject response) =>
        response["error"]?["code"]?.GetValue<int>() ?? throw new Xunit.Sdk.XunitException($"not an error: {response.ToJsonString()}");
}
