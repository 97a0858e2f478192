using System.Text.Json.Nodes;
using CertLang.LanguageServer.Protocol;

namespace CertLang.LanguageServer.Tests.EndToEnd;

/// <summary>Logging through Microsoft.Extensions.Logging: to standard error, and to the client's <c>window/logMessage</c> at the level <c>$/setTrace</c> sets.</summary>
public sealed class LoggingTests
{
    private const int Error = (int)MessageType.Error;
    private const int Warning = (int)MessageType.Warning;

    [Fact]
    public async Task Set_trace_verbose_sends_information_to_the_client()
    {
        await using var server = await OpenSamplePack.StartAsync();

        await server.NotifyAsync("$/setTrace", new SetTraceParams("verbose"));
        var logged = await server.ReceiveAsync(m => IsLogMessage(m) && Text(m) == "trace set to verbose", "window/logMessage 'trace set to verbose'");

        Assert.Equal((int)MessageType.Info, logged["params"]!["type"]!.GetValue<int>());
    }

    [Fact]
    public async Task Set_trace_off_sends_only_warnings_and_errors_to_the_client_while_standard_error_gets_everything()
    {
        await using var server = await OpenSamplePack.StartAsync();

        await server.NotifyAsync("$/setTrace", new SetTraceParams("off"));
        await server.NotifyAsync("textDocument/didChange", new { textDocument = new { uri = "file:///work/never-opened.cert", version = 2 }, contentChanges = new[] { new { text = "x" } } });
        var error = await server.ReceiveAsync(m => IsLogMessage(m) && Text(m).StartsWith("didChange ignored", StringComparison.Ordinal), "window/logMessage 'didChange ignored'");
        await server.AssertStillServesAsync(5);

        Assert.Equal(Warning, error["params"]!["type"]!.GetValue<int>());
        Assert.All(server.Received.Where(IsLogMessage), m => Assert.InRange(m["params"]!["type"]!.GetValue<int>(), Error, Warning));
        await server.StandardErrorLineAsync("trace set to off");
        await server.StandardErrorLineAsync("initialize from client process");
    }

    [Fact]
    public async Task Set_trace_off_after_verbose_stops_sending_information()
    {
        await using var server = await OpenSamplePack.StartAsync();
        await server.NotifyAsync("$/setTrace", new SetTraceParams("verbose"));
        await server.ReceiveAsync(m => IsLogMessage(m) && Text(m) == "trace set to verbose", "window/logMessage 'trace set to verbose'");

        await server.NotifyAsync("$/setTrace", new SetTraceParams("off"));
        await server.AssertStillServesAsync(5);

        await server.StandardErrorLineAsync("trace set to off");
        Assert.DoesNotContain(server.Received, m => IsLogMessage(m) && Text(m) == "trace set to off");
    }

    [Fact]
    public async Task A_malformed_message_is_logged_as_a_warning_on_standard_error()
    {
        await using var server = await OpenSamplePack.StartAsync();

        await server.WriteRawAsync(LspProcess.Frame("{"));

        Assert.StartsWith("warn:", await server.StandardErrorLineAsync("a message body of 1 bytes is not JSON"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_malformed_message_is_also_sent_to_the_client_as_a_warning()
    {
        await using var server = await OpenSamplePack.StartAsync();

        await server.WriteRawAsync(LspProcess.Frame("{"));
        var logged = await server.ReceiveAsync(m => IsLogMessage(m) && Text(m).Contains("is not JSON", StringComparison.Ordinal), "window/logMessage about the body that is not JSON");

        Assert.Equal(Warning, logged["params"]!["type"]!.GetValue<int>());
        await server.AssertStillServesAsync(5);
    }

    private static bool IsLogMessage(JsonObject message) => message["method"]?.GetValue<string>() == "window/logMessage";

    private static string Text(JsonObject message) => message["params"]!["message"]!.GetValue<string>();
}
