using CertLang.LanguageServer.Features.Plan;
using CertLang.LanguageServer.Protocol;
using StreamJsonRpc;
using static CertLang.LanguageServer.Tests.PlanFixture;

namespace CertLang.LanguageServer.Tests.EndToEnd;

/// <summary><c>certlang/plan</c> from the real <c>certc lsp</c>: on the workspace folder it read, open documents as edited, refused for a pack with errors, cancelled and refused when stale like every request.</summary>
public sealed class PlanEndToEndTests
{
    [Fact]
    public async Task A_product_is_planned_on_the_workspace_folder_and_then_on_an_unsaved_edit_of_an_open_document()
    {
        var (server, rpc) = await FixtureServer.StartAsync();
        await using var _ = server;

        var fromDisk = await rpc.InvokeWithParameterObjectAsync<PlanResult>("certlang/plan", KettleIn("CN", "DE"));
        var edited = FixturePack.Text("markets/china.cert").Replace("takes 4..8 weeks after type_test", "takes 40..80 weeks after type_test", StringComparison.Ordinal);
        await rpc.NotifyWithParameterObjectAsync("textDocument/didOpen", new DidOpenTextDocumentParams(new TextDocumentItem(FixturePack.Uri("markets/china.cert"), "certlang", 1, edited)));
        var unsaved = await rpc.InvokeWithParameterObjectAsync<PlanResult>("certlang/plan", KettleIn("CN", "DE"));

        Assert.Contains("<title>Certification plan: global_electrical 0.1.0, ship 2027-06-01</title>", fromDisk.Html, StringComparison.Ordinal);
        Assert.Equal(["start by 2026-12-15", "start by 2027-04-20"], StartDates(fromDisk.Html));
        Assert.Equal(["start by 2025-07-29", "start by 2027-04-20"], StartDates(unsaved.Html));
    }

    [Fact]
    public async Task Markets_are_matched_in_any_case_and_a_misspelt_one_is_refused_with_a_suggestion_as_by_certc_plan()
    {
        var (server, rpc) = await FixtureServer.StartAsync();
        await using var _ = server;

        var lowerCase = await rpc.InvokeWithParameterObjectAsync<PlanResult>("certlang/plan", KettleIn("cn", "de"));
        var misspelt = await Assert.ThrowsAsync<RemoteInvocationException>(() => rpc.InvokeWithParameterObjectAsync<PlanResult>("certlang/plan", KettleIn("cm")));

        Assert.Equal(StartDates((await rpc.InvokeWithParameterObjectAsync<PlanResult>("certlang/plan", KettleIn("CN", "DE"))).Html), StartDates(lowerCase.Html));
        Assert.Equal(-32803, misspelt.ErrorCode);
        Assert.StartsWith("unknown target market 'cm' (did you mean 'CN'?); the pack knows: ", misspelt.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_pack_with_an_error_is_refused_with_request_failed_and_the_server_serves_on()
    {
        await using var server = await OpenSamplePack.StartAsync();

        var response = await server.RequestAsync(5, "certlang/plan", KettleIn("CN"));

        Assert.Equal((-32803, "the pack has 1 error(s); fix them to plan"), (response.ErrorCode(), response["error"]!["message"]!.GetValue<string>()));
        await server.AssertStillServesAsync(6);
    }

    [Fact]
    public async Task A_plan_cancelled_while_it_is_answered_ends_with_request_cancelled()
    {
        await using var server = await LargePack.StartAsync();
        var plan = LspProcess.Frame(LspProcess.Message(7, "certlang/plan", KettleIn("CN")).ToJsonString());
        var cancel = LspProcess.Frame(LspProcess.Message(null, "$/cancelRequest", new { id = 7 }).ToJsonString());

        await server.WriteRawAsync([.. LargePack.InsertCommentLine(2), .. plan, .. cancel]);

        Assert.Equal(-32800, (await server.ResponseAsync(7)).ErrorCode());
    }

    [Fact]
    public async Task A_plan_whose_workspace_changes_while_it_is_answered_is_refused_with_content_modified()
    {
        var product = Path.Combine(Directory.CreateTempSubdirectory("certlang-plan-").FullName, "kettle.json");
        File.WriteAllText(product, """{ "id": "K-1", "category": "kettle", "attributes": { "rated_voltage": "230 V" } }""");
        await using var server = await LargePack.StartAsync();
        var plan = LspProcess.Frame(LspProcess.Message(7, "certlang/plan", KettleIn("CN") with { Product = new Uri(product).AbsoluteUri }).ToJsonString());

        await server.WriteRawAsync([.. LargePack.InsertCommentLine(2), .. plan, .. LargePack.InsertCommentLine(3)]);
        var stale = await server.ResponseAsync(7);
        var fresh = await server.RequestAsync(8, "certlang/plan", KettleIn("CN") with { Product = new Uri(product).AbsoluteUri });
        Directory.Delete(Path.GetDirectoryName(product)!, recursive: true);

        Assert.Equal(-32801, stale.ErrorCode());
        Assert.Contains("K-1", fresh["result"]?["html"]?.GetValue<string>() ?? fresh.ToJsonString(), StringComparison.Ordinal);
    }
}
