using CertLang.LanguageServer.Protocol;
using Snapshooter.Xunit;

namespace CertLang.LanguageServer.Tests;

/// <summary><c>textDocument/hover</c> over the fixture pack: a regime shows its total lead time; a document that is not known is an error.</summary>
public sealed class HoverTests
{
    [Fact]
    public async Task Hover_over_a_regime_reference_shows_market_route_total_lead_time_and_doc_comment()
    {
        await using var client = InProcessClient.Start();
        await FixturePack.OpenAllAsync(client);

        var hover = await client.RequestAsync<Hover?>("textDocument/hover",
            new TextDocumentPositionParams(new TextDocumentIdentifier(FixturePack.Uri("tests.cert")), FixturePack.PositionOf("tests.cert", "expect CCC", offset: 8)));

        Assert.Contains("total lead time: 11..24 weeks", hover?.Contents.Value, StringComparison.Ordinal);
        Snapshot.Match(hover);
    }

    [Fact]
    public async Task Hover_over_a_step_shows_its_regime_title_duration_range_and_predecessors()
    {
        await using var client = InProcessClient.Start();
        await FixturePack.OpenAllAsync(client);

        var hover = await client.RequestAsync<Hover?>("textDocument/hover",
            new TextDocumentPositionParams(new TextDocumentIdentifier(FixturePack.Uri("markets/china.cert")), FixturePack.PositionOf("markets/china.cert", "step type_test", offset: 6)));

        Assert.Equal(
            "**step** `type_test`\n\nstep of `CCC`: Type testing in a CNCA-designated laboratory\n\ntakes: 4..8 weeks\n\nafter: `application`",
            hover?.Contents.Value.Split("\n\n---")[0]);
    }

    [Fact]
    public async Task Hover_over_a_bloc_shows_its_members()
    {
        await using var client = InProcessClient.Start();
        await FixturePack.OpenAllAsync(client);

        var hover = await client.RequestAsync<Hover?>("textDocument/hover",
            new TextDocumentPositionParams(new TextDocumentIdentifier(FixturePack.Uri("markets/eu.cert")), FixturePack.PositionOf("markets/eu.cert", "in EU", offset: 4)));

        Assert.StartsWith("**market** `EU`\n\nEuropean Union, members: `AT`, `BE`, ", hover?.Contents.Value, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Hover_over_a_market_shows_what_the_pack_does_not_cover_there()
    {
        var hover = await ProbeHoverAsync("market T|W \"Taiwan\" {\n  not covered \"BSMI is not modelled\"\n  not covered \"NCC\"\n}\n");

        Assert.Equal("**market** `TW`\n\nTaiwan\n\nnot covered: BSMI is not modelled\n\nnot covered: NCC", hover);
    }

    [Fact]
    public async Task Hover_over_a_regime_shows_each_acceptance_with_its_recognition_step_and_window()
    {
        var hover = await ProbeHoverAsync("regime U|K in GB {\n  accepts CCC takes 2..4 weeks from 2024-01-01 until 2030-12-31\n  accepts LVD\n}\n");

        Assert.EndsWith("\n\naccepts: `CCC` takes 2..4 weeks from 2024-01-01 until 2030-12-31\n\naccepts: `LVD`", hover, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Hover_past_the_end_of_a_line_is_clamped_to_the_line()
    {
        await using var client = InProcessClient.Start();
        await client.OpenAsync(SamplePack.Uri, SamplePack.Text);

        var hover = await client.RequestAsync<Hover?>("textDocument/hover", new TextDocumentPositionParams(new TextDocumentIdentifier(SamplePack.Uri), new Position(6, 500)));

        Assert.Null(hover);
    }

    /// <summary>The hover text at the <c>|</c> of a document opened next to the fixture pack.</summary>
    private static async Task<string?> ProbeHoverAsync(string textWithCaret)
    {
        await using var client = InProcessClient.Start();
        await FixturePack.OpenAllAsync(client);
        var (uri, caret) = await ProbeDocument.OpenAsync(client, textWithCaret);
        return (await client.RequestAsync<Hover?>("textDocument/hover", new TextDocumentPositionParams(new TextDocumentIdentifier(uri), caret)))?.Contents.Value;
    }
}
