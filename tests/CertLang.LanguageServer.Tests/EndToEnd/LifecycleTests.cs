namespace CertLang.LanguageServer.Tests.EndToEnd;

/// <summary><c>shutdown</c> and <c>exit</c> as LSP orders them, and the end of the input.</summary>
public sealed class LifecycleTests
{
    private const int InvalidRequest = -32600;

    [Fact]
    public async Task Exit_after_shutdown_ends_the_process_with_code_0()
    {
        await using var server = await OpenSamplePack.StartAsync();

        var shutdown = await server.RequestAsync(5, "shutdown");
        await server.NotifyAsync("exit");

        Assert.True(shutdown.ContainsKey("result"), shutdown.ToJsonString());
        Assert.Equal(0, await server.ExitCodeAsync());
    }

    [Fact]
    public async Task Exit_without_shutdown_ends_the_process_with_code_1()
    {
        await using var server = await OpenSamplePack.StartAsync();

        await server.NotifyAsync("exit");

        Assert.Equal(1, await server.ExitCodeAsync());
    }

    [Fact]
    public async Task After_shutdown_a_request_is_invalid_a_notification_is_dropped_and_exit_still_ends_with_code_0()
    {
        await using var server = await OpenSamplePack.StartAsync();

        await server.WriteRawAsync([
            .. LspProcess.Frame(LspProcess.Message(5, "shutdown").ToJsonString()),
            .. LspProcess.Frame(LspProcess.Message(6, "textDocument/hover", OpenSamplePack.HoverAt(OpenSamplePack.OnAttribute)).ToJsonString()),
        ]);
        var shutdown = await server.ResponseAsync(5);
        var afterShutdown = await server.ResponseAsync(6);
        await server.NotifyAsync("textDocument/didClose", new { textDocument = new { uri = SamplePack.Uri } });
        await server.StandardErrorLineAsync("textDocument/didClose after shutdown ignored");
        await server.NotifyAsync("exit");

        Assert.True(shutdown.ContainsKey("result"), shutdown.ToJsonString());
        Assert.Equal(InvalidRequest, afterShutdown.ErrorCode());
        Assert.Equal(0, await server.ExitCodeAsync());
    }

    [Fact]
    public async Task Closing_the_input_ends_the_process_with_code_1_without_shutdown()
    {
        await using var server = await OpenSamplePack.StartAsync();
        await server.AssertStillServesAsync(5);

        server.CloseInput();

        Assert.Equal(1, await server.ExitCodeAsync());
        await server.StandardErrorLineAsync("the input ended");
    }

    [Fact]
    public async Task Closing_the_input_inside_a_message_whose_content_length_is_too_large_ends_the_process()
    {
        await using var server = await OpenSamplePack.StartAsync();
        await server.RequestAsync(5, "shutdown");

        await server.WriteRawAsync(LspProcess.Frame("""{"jsonrpc":"2.0","method":"exit"}""", contentLength: 1000));
        server.CloseInput();

        Assert.Equal(0, await server.ExitCodeAsync());
        Assert.Contains("warn", await server.StandardErrorLineAsync("were not a complete message"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task After_shutdown_a_request_with_misfitting_parameters_is_invalid_too_saying_the_server_is_shut_down()
    {
        await using var server = await OpenSamplePack.StartAsync();
        await server.RequestAsync(5, "shutdown");

        var wrongShape = await server.RequestAsync(6, "textDocument/hover", new { textDocument = 5 });
        var wrongCount = await server.RequestAsync(7, "textDocument/hover", new[] { 1, 2 });
        var unknown = await server.RequestAsync(8, "certlang/noSuchMethod");

        Assert.All([wrongShape, wrongCount, unknown], response =>
        {
            Assert.Equal(InvalidRequest, response.ErrorCode());
            Assert.Contains("server is shut down", response["error"]!["message"]!.GetValue<string>(), StringComparison.Ordinal);
        });
    }

    [Fact]
    public async Task A_shutdown_with_parameters_is_invalid_params_and_the_server_serves_on()
    {
        await using var server = await OpenSamplePack.StartAsync();

        var shutdown = await server.RequestAsync(5, "shutdown", new { now = true });

        Assert.Equal(-32602, shutdown.ErrorCode());
        await server.AssertStillServesAsync(6);
        await server.NotifyAsync("exit");
        Assert.Equal(1, await server.ExitCodeAsync());
    }
}
