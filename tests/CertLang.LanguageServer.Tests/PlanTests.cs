using CertLang.LanguageServer.Features.Plan;
using CertLang.LanguageServer.Protocol;
using StreamJsonRpc;
using static CertLang.LanguageServer.Tests.PlanFixture;

namespace CertLang.LanguageServer.Tests;

/// <summary><c>certlang/plan</c>: the page of <c>certc plan --format html</c>, planned on the workspace as the editor has it.</summary>
public sealed class PlanTests
{
    private const int InvalidParams = -32602;
    private const int RequestFailed = -32803;

    [Fact]
    public async Task A_product_is_planned_on_the_open_pack_into_the_html_page_of_certc_plan()
    {
        await using var client = InProcessClient.Start();
        await FixturePack.OpenAllAsync(client);

        var result = await client.RequestAsync<PlanResult>("certlang/plan", KettleIn("CN", "DE"));

        Assert.StartsWith("<!DOCTYPE html>", result.Html, StringComparison.Ordinal);
        Assert.Contains("<title>Certification plan: global_electrical 0.1.0, ship 2027-06-01</title>", result.Html, StringComparison.Ordinal);
        Assert.Contains("KT-17", result.Html, StringComparison.Ordinal);
        Assert.Contains("today <span class=\"date\">2026-01-01</span> · pessimistic estimate", result.Html, StringComparison.Ordinal);
        Assert.Equal(["start by 2026-12-15", "start by 2027-04-20"], StartDates(result.Html));
    }

    [Fact]
    public async Task An_unsaved_edit_of_a_lead_time_changes_the_plan()
    {
        await using var client = InProcessClient.Start();
        await FixturePack.OpenAllAsync(client);
        var before = await client.RequestAsync<PlanResult>("certlang/plan", KettleIn("CN"));

        var weeks = FixturePack.PositionOf("markets/china.cert", "4..8 weeks after type_test");
        await client.NotifyAsync("textDocument/didChange", new DidChangeTextDocumentParams(new VersionedTextDocumentIdentifier(FixturePack.Uri("markets/china.cert"), 2),
            [new TextDocumentContentChangeEvent("40..80", new Protocol.Range(weeks, weeks with { Character = weeks.Character + "4..8".Length }))]));
        var after = await client.RequestAsync<PlanResult>("certlang/plan", KettleIn("CN"));

        Assert.Equal(["start by 2026-12-15"], StartDates(before.Html));
        Assert.Equal(["start by 2025-07-29"], StartDates(after.Html));
    }

    [Fact]
    public async Task A_pack_with_an_error_is_refused_with_request_failed()
    {
        await using var client = InProcessClient.Start();
        await FixturePack.OpenAllAsync(client);
        var route = FixturePack.PositionOf("markets/china.cert", "route     certification", offset: "route     ".Length);
        await client.NotifyAsync("textDocument/didChange", new DidChangeTextDocumentParams(new VersionedTextDocumentIdentifier(FixturePack.Uri("markets/china.cert"), 2),
            [new TextDocumentContentChangeEvent("certfication", new Protocol.Range(route, route with { Character = route.Character + "certification".Length }))]));

        var error = await Assert.ThrowsAsync<RemoteInvocationException>(() => client.RequestAsync<PlanResult>("certlang/plan", KettleIn("CN")));

        Assert.Equal((RequestFailed, "the pack has 1 error(s); fix them to plan"), (error.ErrorCode, error.Message));
    }

    [Fact]
    public async Task A_workspace_without_cert_files_is_refused_with_request_failed()
    {
        await using var client = InProcessClient.Start();
        await client.InitializeAsync(new InitializeParams(Environment.ProcessId));

        var error = await ErrorAsync(client, KettleIn("CN"));

        Assert.Equal((RequestFailed, "the workspace has no .cert files; open the folder of a pack to plan"), error);
    }

    [Fact]
    public async Task An_unknown_market_or_a_product_file_that_cannot_be_read_or_used_is_refused_in_the_words_of_the_library()
    {
        await using var client = InProcessClient.Start();
        await FixturePack.OpenAllAsync(client);
        var folder = Directory.CreateTempSubdirectory("certlang-plan-");
        var missing = Path.Combine(folder.FullName, "no-such-product.json");
        var teapot = Path.Combine(folder.FullName, "teapot.json");
        File.WriteAllText(teapot, """{ "id": "T-1", "category": "teapot" }""");

        var market = await ErrorAsync(client, KettleIn("XX"));
        var unreadable = await ErrorAsync(client, KettleIn("CN") with { Product = new Uri(missing).AbsoluteUri });
        var unusable = await ErrorAsync(client, KettleIn("CN") with { Product = new Uri(teapot).AbsoluteUri });
        var notJson = await ErrorAsync(client, KettleIn("CN") with { Product = FixturePack.Uri("pack.cert") });
        folder.Delete(recursive: true);

        Assert.Equal((RequestFailed, "unknown target market 'XX'; the pack knows: AT, BE, BG, CN, CY, CZ, DE, DK, EE, ES, EU, FI, and 17 more"), market);
        Assert.Equal((RequestFailed, $"cannot read '{missing}': Could not find file '{missing}'."), unreadable);
        Assert.Equal(RequestFailed, unusable.Code);
        Assert.StartsWith("product 'T-1' (teapot.json), field \"category\": \"teapot\" is not a category of the pack; allowed: audio_video, ", unusable.Message, StringComparison.Ordinal);
        Assert.Equal(RequestFailed, notJson.Code);
        Assert.StartsWith("pack.cert(1,1): not valid JSON", notJson.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Parameters_that_do_not_say_what_to_plan_are_invalid_params_naming_the_parameter()
    {
        await using var client = InProcessClient.Start();
        await FixturePack.OpenAllAsync(client);

        var ship = await ErrorAsync(client, KettleIn("CN") with { Ship = "2027-02-30" });
        var today = await ErrorAsync(client, KettleIn("CN") with { Today = "3000-01-01" });
        var estimate = await ErrorAsync(client, KettleIn("CN") with { Estimate = "wild" });
        var markets = await ErrorAsync(client, KettleIn());
        var product = await ErrorAsync(client, KettleIn("CN") with { Product = "untitled:Untitled-1" });

        Assert.Equal((InvalidParams, "ship: '2027-02-30' is not a date; write it as YYYY-MM-DD, such as 2027-06-01"), ship);
        Assert.Equal((InvalidParams, "today: '3000-01-01' is outside the supported dates, 1900-01-01 to 2999-12-31"), today);
        Assert.Equal((InvalidParams, "estimate: unknown estimate 'wild'; the estimates are: pessimistic, expected, optimistic"), estimate);
        Assert.Equal((InvalidParams, "markets: name each target market, such as [\"CN\", \"EU\"]"), markets);
        Assert.Equal((InvalidParams, "product: 'untitled:Untitled-1' is not a file URI"), product);
    }

    [Fact]
    public async Task The_estimate_chooses_the_end_of_each_duration_range()
    {
        await using var client = InProcessClient.Start();
        await FixturePack.OpenAllAsync(client);

        var optimistic = await client.RequestAsync<PlanResult>("certlang/plan", KettleIn("CN") with { Estimate = "optimistic" });

        Assert.Contains("optimistic estimate", optimistic.Html, StringComparison.Ordinal);
        Assert.Equal(["start by 2027-03-16"], StartDates(optimistic.Html));
    }

    /// <summary>The error code and message <paramref name="request"/> is answered with (StreamJsonRpc throws <c>InvalidParams</c> as a method it did not find).</summary>
    private static async Task<(int Code, string Message)> ErrorAsync(InProcessClient client, PlanParams request)
    {
        var error = await Assert.ThrowsAnyAsync<RemoteRpcException>(() => client.RequestAsync<PlanResult>("certlang/plan", request));
        return ((int)error.ErrorCode!, error.Message);
    }
}
