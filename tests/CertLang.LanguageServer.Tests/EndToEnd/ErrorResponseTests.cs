using System.Text.Json.Nodes;
using CertLang.LanguageServer.Protocol;

namespace CertLang.LanguageServer.Tests.EndToEnd;

/// <summary>Well-formed messages the server cannot serve: each answered with the JSON-RPC error the protocol names (or ignored), logged, and the server answers the next request.</summary>
public sealed class ErrorResponseTests
{
    private const int MethodNotFound = -32601;
    private const int InvalidParams = -32602;

    [Fact]
    public async Task An_unknown_request_is_answered_with_method_not_found_and_logged()
    {
        await using var server = await OpenSamplePack.StartAsync();

        var response = await server.RequestAsync(5, "certlang/noSuchMethod");

        Assert.Equal(MethodNotFound, response.ErrorCode());
        Assert.Contains("warn", await server.StandardErrorLineAsync("no handler for certlang/noSuchMethod"), StringComparison.Ordinal);
        await server.AssertStillServesAsync(6);
    }

    [Fact]
    public async Task Unknown_notifications_are_not_answered_and_only_those_outside_dollar_slash_are_logged_as_warnings()
    {
        await using var server = await OpenSamplePack.StartAsync();

        await server.NotifyAsync("certlang/noSuchNotification");
        await server.NotifyAsync("$/noSuchNotification");
        await server.AssertStillServesAsync(5);

        Assert.DoesNotContain(server.Received, m => m.ContainsKey("error"));
        await server.StandardErrorLineAsync("no handler for certlang/noSuchNotification");
        Assert.DoesNotContain("$/noSuchNotification", server.StandardError, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_request_for_a_document_never_opened_is_invalid_params()
    {
        await using var server = await OpenSamplePack.StartAsync();

        var response = await server.RequestAsync(5, "textDocument/hover", OpenSamplePack.HoverAt(new Position(0, 0), "file:///work/never-opened.cert"));

        Assert.Equal(InvalidParams, response.ErrorCode());
        Assert.Contains("file:///work/never-opened.cert", response["error"]!["message"]!.GetValue<string>(), StringComparison.Ordinal);
        await server.AssertStillServesAsync(6);
    }

    [Fact]
    public async Task A_line_past_the_end_of_the_document_is_invalid_params()
    {
        await using var server = await OpenSamplePack.StartAsync();

        var response = await server.RequestAsync(5, "textDocument/hover", OpenSamplePack.HoverAt(new Position(10000, 0)));

        Assert.Equal(InvalidParams, response.ErrorCode());
        await server.AssertStillServesAsync(6);
    }

    [Fact]
    public async Task A_character_past_the_end_of_a_line_is_clamped_to_the_end_of_that_line()
    {
        await using var server = await OpenSamplePack.StartAsync();
        var declaration = SamplePack.Text.Split('\n')[2];
        Assert.Equal("attribute rated_voltage: voltage", declaration);

        var pastTheEnd = await server.RequestAsync(5, "textDocument/hover", OpenSamplePack.HoverAt(new Position(2, 500)));
        var atTheEnd = await server.RequestAsync(6, "textDocument/hover", OpenSamplePack.HoverAt(new Position(2, declaration.Length)));

        Assert.True(pastTheEnd.ContainsKey("result"), pastTheEnd.ToJsonString());
        Assert.Equal(atTheEnd["result"]?.ToJsonString(), pastTheEnd["result"]?.ToJsonString());
    }

    [Fact]
    public async Task Parameters_of_the_wrong_shape_are_invalid_params_naming_where_they_go_wrong()
    {
        await using var server = await OpenSamplePack.StartAsync();

        var response = await server.RequestAsync(5, "textDocument/hover", new { textDocument = 5, position = new Position(0, 0) });

        Assert.Equal(InvalidParams, response.ErrorCode());
        Assert.Equal("textDocument/hover: the parameters do not fit at $.textDocument", response["error"]!["message"]!.GetValue<string>());
        await server.StandardErrorLineAsync("textDocument/hover with parameters that do not fit at $.textDocument");
        await server.AssertStillServesAsync(6);
    }

    [Fact]
    public async Task A_request_without_a_required_parameter_is_an_invalid_params_error()
    {
        await using var server = await OpenSamplePack.StartAsync();

        var response = await server.RequestAsync(5, "textDocument/hover", new { textDocument = new TextDocumentIdentifier(SamplePack.Uri) });

        Assert.Equal(InvalidParams, response.ErrorCode());
        await server.StandardErrorLineAsync("textDocument/hover with parameters that do not fit");
        await server.AssertStillServesAsync(6);
    }

    [Fact]
    public async Task No_error_message_names_a_dotnet_type_or_carries_a_stack_trace()
    {
        await using var server = await OpenSamplePack.StartAsync();
        var hover = OpenSamplePack.HoverAt(OpenSamplePack.OnAttribute);
        object?[] misfits = [null, new[] { 1, 2 }, new object[] { hover, hover }, new { textDocument = 5 }, new { position = "x" }, 42, "text", new[] { new { a = 1 } }];
        string[] methods = ["textDocument/hover", "textDocument/completion", "textDocument/rename", "workspace/executeCommand", "certlang/plan", "certlang/" + new string('m', 5000)];

        var responses = new List<JsonObject>();
        var id = 100;
        foreach (var method in methods)
        {
            foreach (var parameters in misfits)
            {
                var message = LspProcess.Message(++id, method);
                message["params"] = parameters is null ? null : System.Text.Json.JsonSerializer.SerializeToNode(parameters);
                await server.SendAsync(message);
                responses.Add(await server.ResponseAsync(id));
            }
        }

        Assert.All(responses, response =>
        {
            var message = response["error"]?["message"]?.GetValue<string>() ?? "";
            Assert.DoesNotMatch(DotNetNames, message);
            Assert.True(message.Length <= 300, message);
            Assert.Null(response["error"]?["data"]);
        });
        await server.AssertStillServesAsync(6);
    }

    /// <summary>What a .NET type, exception or stack frame looks like in a message.</summary>
    private static readonly System.Text.RegularExpressions.Regex DotNetNames = new(@"CertLang\.|System\.|StreamJsonRpc|Microsoft\.|Exception|CancellationToken|\bat \w+\.|\{no object\}|Params\b");
}
