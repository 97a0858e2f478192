using CertLang.LanguageServer.Protocol;

namespace CertLang.LanguageServer.Tests;

/// <summary><c>textDocument/inlayHint</c>: a regime's total lead time after <c>process</c>, a quantity's base value.</summary>
public sealed class InlayHintTests
{
    [Fact]
    public async Task The_process_of_CCC_shows_its_total_lead_time_along_the_longest_chain()
    {
        await using var client = InProcessClient.Start();
        await FixturePack.OpenAllAsync(client);
        var uri = FixturePack.Uri("markets/china.cert");

        var hints = await client.RequestAsync<IReadOnlyList<InlayHint>>("textDocument/inlayHint",
            new InlayHintParams(new TextDocumentIdentifier(uri), new Protocol.Range(new Position(0, 0), new Position(200, 0))));

        var process = FixturePack.PositionOf("markets/china.cert", "process {");
        var hint = Assert.Single(hints);
        Assert.Equal(new InlayHint(process with { Character = process.Character + "process".Length }, "lead time 11..24 weeks", PaddingLeft: true), hint);
    }

    [Fact]
    public async Task A_scaled_unit_shows_the_value_in_the_base_unit_and_only_hints_in_the_range_come_back()
    {
        await using var client = InProcessClient.Start();
        await FixturePack.OpenAllAsync(client);
        var (uri, _) = await ProbeDocument.OpenAsync(client, "regime R in CN {\n  scope {\n    include kettle where rated_voltage <= 1.5 kV|\n    include toaster where rated_voltage <= 250 mV\n  }\n}\n");

        var hints = await client.RequestAsync<IReadOnlyList<InlayHint>>("textDocument/inlayHint",
            new InlayHintParams(new TextDocumentIdentifier(uri), new Protocol.Range(new Position(2, 0), new Position(2, 60))));

        Assert.Equal([new InlayHint(new Position(2, 48), "= 1500 V", PaddingLeft: true)], hints);
    }
}
