using System.Text.Json;
using CertLang.LanguageServer.Features.Commands;
using CertLang.LanguageServer.Protocol;
using StreamJsonRpc;
using StreamJsonRpc.Protocol;

namespace CertLang.LanguageServer.Tests;

/// <summary><c>textDocument/codeLens</c> ("Run test", "Plan…" with the regime's market) and the server's <c>certlang.runTest</c> command.</summary>
public sealed class CodeLensTests
{
    [Fact]
    public async Task Each_test_gets_a_run_test_lens_and_each_regime_a_plan_lens_with_its_market()
    {
        await using var client = InProcessClient.Start();
        await FixturePack.OpenAllAsync(client);

        var tests = await client.RequestAsync<IReadOnlyList<CodeLens>>("textDocument/codeLens", new CodeLensParams(new TextDocumentIdentifier(FixturePack.Uri("tests.cert"))));
        var regimes = await client.RequestAsync<IReadOnlyList<CodeLens>>("textDocument/codeLens", new CodeLensParams(new TextDocumentIdentifier(FixturePack.Uri("markets/china.cert"))));

        Assert.Equal(CountOf(FixturePack.Text("tests.cert"), "\ntest \""), tests.Count);
        Assert.All(tests, lens => Assert.Equal(("Run test", "certlang.runTest"), (lens.Command.Title, lens.Command.CommandName)));
        Assert.Equal("230 V AC hair dryer needs CCC and LVD", ((JsonElement)tests[0].Command.Arguments[1]).GetString());
        var plan = Assert.Single(regimes);
        Assert.Equal(("Plan…", "certlang.planProduct"), (plan.Command.Title, plan.Command.CommandName));
        Assert.Equal([FixturePack.Uri("markets/china.cert"), "CCC", "CN"], plan.Command.Arguments.Select(argument => ((JsonElement)argument).GetString()));
        Assert.Equal(FixturePack.PositionOf("markets/china.cert", "regime CCC").Line, plan.Range.Start.Line);
    }

    [Fact]
    public async Task Running_a_test_from_its_lens_reports_it_passed_and_shows_a_message()
    {
        await using var client = InProcessClient.Start();
        await FixturePack.OpenAllAsync(client);

        var result = await client.RequestAsync<TestRunResult>("workspace/executeCommand",
            new ExecuteCommandParams("certlang.runTest", [JsonSerializer.SerializeToElement(FixturePack.Uri("tests.cert")), JsonSerializer.SerializeToElement("230 V AC hair dryer needs CCC and LVD")]));
        var message = await client.Messages.NextAsync("window/showMessage");

        Assert.Equal(("230 V AC hair dryer needs CCC and LVD", true, 0), (result.Test, result.Passed, result.Failures.Count));
        Assert.Equal((MessageType.Info, "Test '230 V AC hair dryer needs CCC and LVD' passed."), (message.Type, message.Message));
    }

    [Fact]
    public async Task A_failing_test_names_each_missed_expectation()
    {
        await using var client = InProcessClient.Start();
        await FixturePack.OpenAllAsync(client);
        var uri = FixturePack.Uri("tests.cert");
        var expect = FixturePack.PositionOf("tests.cert", "expect CCC required");
        await client.NotifyAsync("textDocument/didChange", new DidChangeTextDocumentParams(new VersionedTextDocumentIdentifier(uri, 2),
            [new TextDocumentContentChangeEvent("undetermined", new Protocol.Range(expect with { Character = expect.Character + 11 }, expect with { Character = expect.Character + 19 }))]));

        var result = await client.RequestAsync<TestRunResult>("workspace/executeCommand",
            new ExecuteCommandParams("certlang.runTest", [JsonSerializer.SerializeToElement(uri), JsonSerializer.SerializeToElement("230 V AC hair dryer needs CCC and LVD")]));

        Assert.False(result.Passed);
        Assert.Equal(["expected CCC undetermined, got required"], result.Failures);
    }

    [Fact]
    public async Task An_unknown_command_is_an_invalid_params_error()
    {
        await using var client = InProcessClient.Start();
        await FixturePack.OpenAllAsync(client);

        var error = await Assert.ThrowsAnyAsync<RemoteRpcException>(() => client.RequestAsync<TestRunResult>("workspace/executeCommand", new ExecuteCommandParams("certlang.nothing", [])));

        Assert.Equal(JsonRpcErrorCode.InvalidParams, error.ErrorCode);
    }

    private static int CountOf(string text, string needle) => ("\n" + text).Split(needle).Length - 1;
}
