using System.Text;
using CertLang.LanguageServer.Protocol;

namespace CertLang.LanguageServer.Tests.EndToEnd;

/// <summary>Bytes that are not a well-framed JSON-RPC message: answered as JSON-RPC says, logged, and the server reads on.</summary>
public sealed class MalformedMessageTests
{
    private const int ParseError = -32700;
    private const int InvalidRequest = -32600;

    private static string Hover(int id) => LspProcess.Message(id, "textDocument/hover", OpenSamplePack.HoverAt(OpenSamplePack.OnAttribute)).ToJsonString();

    [Fact]
    public async Task A_body_that_is_not_json_is_answered_with_a_parse_error_with_a_null_id()
    {
        await using var server = await OpenSamplePack.StartAsync();

        await server.WriteRawAsync(LspProcess.Frame("""{"jsonrpc":"2.0","id":5,"method":"""));
        var response = await server.ResponseAsync(null);

        Assert.Equal(ParseError, response.ErrorCode());
        Assert.Contains("warn", await server.StandardErrorLineAsync("is not JSON; answered with a parse error"), StringComparison.Ordinal);
        await server.AssertStillServesAsync(6);
    }

    [Fact]
    public async Task A_content_length_shorter_than_the_body_is_a_parse_error_and_the_next_message_is_answered()
    {
        await using var server = await OpenSamplePack.StartAsync();

        await server.WriteRawAsync(LspProcess.Frame(Hover(5), contentLength: 20));
        await server.WriteRawAsync(LspProcess.Frame(Hover(6)));

        Assert.Equal(ParseError, (await server.ResponseAsync(null)).ErrorCode());
        Assert.True((await server.ResponseAsync(6)).ContainsKey("result"));
        await server.StandardErrorLineAsync("that do not start a message header");
        Assert.DoesNotContain(server.Received, m => m["id"]?.GetValue<int>() == 5);
    }

    [Fact]
    public async Task A_content_length_longer_than_the_body_is_a_parse_error_once_more_bytes_come_and_the_message_they_start_is_answered()
    {
        await using var server = await OpenSamplePack.StartAsync();
        var first = Hover(5);

        await server.WriteRawAsync(LspProcess.Frame(first, contentLength: first.Length + 10));
        await server.WriteRawAsync(LspProcess.Frame(Hover(6)));

        Assert.Equal(ParseError, (await server.ResponseAsync(null)).ErrorCode());
        Assert.True((await server.ResponseAsync(6)).ContainsKey("result"));
        await server.AssertStillServesAsync(7);
    }

    [Fact]
    public async Task A_header_without_content_length_is_a_parse_error_and_the_next_message_is_answered()
    {
        await using var server = await OpenSamplePack.StartAsync();

        await server.WriteRawAsync("Content-Type: application/vscode-jsonrpc; charset=utf-8\r\n\r\n" + Hover(5));
        await server.WriteRawAsync(LspProcess.Frame(Hover(6)));

        var response = await server.ResponseAsync(null);
        Assert.Equal(ParseError, response.ErrorCode());
        Assert.Contains("no Content-Length header", response["error"]!["message"]!.GetValue<string>(), StringComparison.Ordinal);
        Assert.True((await server.ResponseAsync(6)).ContainsKey("result"));
        await server.StandardErrorLineAsync("malformed message header (no Content-Length header)");
    }

    [Fact]
    public async Task A_content_length_that_is_not_a_number_is_a_parse_error()
    {
        await using var server = await OpenSamplePack.StartAsync();

        await server.WriteRawAsync("Content-Length: twelve\r\n\r\n" + Hover(5));

        Assert.Equal(ParseError, (await server.ResponseAsync(null)).ErrorCode());
        await server.StandardErrorLineAsync("Content-Length 'twelve' is not a length");
        await server.AssertStillServesAsync(6);
    }

    [Fact]
    public async Task A_garbage_line_before_a_header_is_skipped_and_the_message_after_it_answered()
    {
        await using var server = await OpenSamplePack.StartAsync();

        await server.WriteRawAsync([.. "this is not a header\r\n"u8, .. LspProcess.Frame(Hover(5))]);

        Assert.True((await server.ResponseAsync(5)).ContainsKey("result"));
        await server.StandardErrorLineAsync("skipped 22 bytes that do not start a message header");
    }

    [Fact]
    public async Task Json_that_is_not_a_json_rpc_message_is_an_invalid_request_with_its_id_when_it_has_one()
    {
        await using var server = await OpenSamplePack.StartAsync();

        await server.WriteRawAsync(LspProcess.Frame("""{"jsonrpc":"2.0","id":5}"""));
        await server.WriteRawAsync(LspProcess.Frame("[1, 2]"));

        Assert.Equal(InvalidRequest, (await server.ResponseAsync(5)).ErrorCode());
        Assert.Equal(InvalidRequest, (await server.ResponseAsync(null)).ErrorCode());
        await server.StandardErrorLineAsync("answered with an invalid-request error");
        await server.AssertStillServesAsync(6);
    }

    [Fact]
    public async Task Several_bad_messages_in_one_write_are_each_answered_and_the_good_one_among_them_too()
    {
        await using var server = await OpenSamplePack.StartAsync();

        await server.WriteRawAsync([.. LspProcess.Frame("{oops}"), .. LspProcess.Frame(Hover(5)), .. LspProcess.Frame("not json at all")]);

        Assert.Equal(ParseError, (await server.ResponseAsync(null)).ErrorCode());
        Assert.Equal(ParseError, (await server.ResponseAsync(null)).ErrorCode());
        Assert.True((await server.ResponseAsync(5)).ContainsKey("result"));
    }

    [Fact]
    public async Task A_hundred_kilobytes_of_letters_without_a_header_are_skipped_and_the_message_after_them_is_answered()
    {
        await using var server = await OpenSamplePack.StartAsync();

        await server.WriteRawAsync([.. Encoding.ASCII.GetBytes(new string('a', 100 * 1024)), .. LspProcess.Frame(Hover(5))]);

        Assert.True((await server.ResponseAsync(5)).ContainsKey("result"));
        await server.StandardErrorLineAsync("that do not start a message header");
    }

    [Fact]
    public async Task A_fifty_megabyte_body_that_is_not_json_is_a_parse_error_and_the_message_after_it_is_answered()
    {
        await using var server = await OpenSamplePack.StartAsync();
        var body = new string('x', 50 * 1024 * 1024);

        await server.WriteRawAsync([.. LspProcess.Frame(body), .. LspProcess.Frame(Hover(5))]);

        Assert.Equal(ParseError, (await server.ResponseAsync(null)).ErrorCode());
        Assert.True((await server.ResponseAsync(5)).ContainsKey("result"));
        await server.StandardErrorLineAsync($"skipped {body.Length} bytes");
        Assert.Single(server.StandardError.Split('\n'), line => line.Contains("that do not start a message header", StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_header_ended_by_two_line_feeds_is_a_parse_error_and_the_message_after_it_is_answered()
    {
        await using var server = await OpenSamplePack.StartAsync();
        var hover = Hover(5);

        await server.WriteRawAsync($"Content-Length: {hover.Length}\n\n{hover}");
        await server.WriteRawAsync(LspProcess.Frame(Hover(6)));

        Assert.Equal(ParseError, (await server.ResponseAsync(null)).ErrorCode());
        Assert.True((await server.ResponseAsync(6)).ContainsKey("result"));
        await server.StandardErrorLineAsync("malformed message header");
    }

    [Fact]
    public async Task A_content_length_beyond_the_limit_is_a_parse_error_at_once_and_the_message_after_it_is_answered()
    {
        await using var server = await OpenSamplePack.StartAsync();

        await server.WriteRawAsync([.. LspProcess.Frame(Hover(5), contentLength: LspFraming.MaxContentLength + 1), .. LspProcess.Frame(Hover(6))]);

        var response = await server.ResponseAsync(null);
        Assert.Equal(ParseError, response.ErrorCode());
        Assert.Contains($"{LspFraming.MaxContentLength + 1}", response["error"]!["message"]!.GetValue<string>(), StringComparison.Ordinal);
        Assert.True((await server.ResponseAsync(6)).ContainsKey("result"));
        Assert.DoesNotContain(server.Received, m => m["id"]?.GetValue<int>() == 5);
    }

    [Fact]
    public async Task Letters_glued_to_a_header_are_a_parse_error_and_the_message_of_that_header_is_answered()
    {
        await using var server = await OpenSamplePack.StartAsync();

        await server.WriteRawAsync([.. "abc"u8, .. LspProcess.Frame(Hover(5))]);

        Assert.Equal(ParseError, (await server.ResponseAsync(null)).ErrorCode());
        Assert.True((await server.ResponseAsync(5)).ContainsKey("result"));
    }
}
