using System.Diagnostics;
using System.Text.Json.Nodes;
using Xunit.Abstractions;

namespace CertLang.LanguageServer.Tests.EndToEnd;

/// <summary>
/// The real <c>certc lsp</c> under a seeded storm of faults (bad frames of every kind, wrong JSON-RPC, stray answers, absurd
/// positions and ranges, huge lines, control characters and lone surrogates) while an open document is edited: afterwards it
/// still answers, no handler failed, and its diagnostics for the document's final text are those of a fresh server opened on that text.
/// </summary>
public sealed class FaultStormTests(ITestOutputHelper output)
{
    private const string Uri = "file:///work/storm.cert";

    /// <summary>How many steps the storm has; about half are faults.</summary>
    private const int Steps = 800;

    [Fact]
    public async Task After_a_storm_of_faults_the_server_answers_and_publishes_what_a_fresh_server_publishes_for_the_final_text()
    {
        var clock = Stopwatch.StartNew();
        var storm = new FaultStorm(seed: 11, Uri, SamplePack.Text);
        await using var server = LspProcess.Start();
        await server.RequestAsync(0, "initialize", new Protocol.InitializeParams(Environment.ProcessId));
        await server.NotifyAsync("initialized", new Protocol.InitializedParams());
        await server.WriteRawAsync(LspProcess.Frame(FaultStorm.DidOpen(Uri, storm.Text)));

        foreach (var step in storm.Steps(Steps))
        {
            await server.WriteRawAsync(step);
        }

        var probe = storm.NextId();
        await server.SendAsync(LspProcess.Message(probe, "textDocument/hover", OpenSamplePack.HoverAt(new Protocol.Position(0, 0), Uri)));
        Assert.True((await server.ResponseAsync(probe)).ContainsKey("result"), "the server does not answer after the storm");
        var stormDiagnostics = await SettledDiagnosticsAsync(server, storm.NextId());
        var freshDiagnostics = await FreshDiagnosticsAsync(storm.Text);

        output.WriteLine($"{storm.Faults} faults in {Steps} steps, {clock.Elapsed.TotalSeconds:F1} s");
        foreach (var (kind, count) in storm.FaultsByKind.OrderBy(f => f.Key, StringComparer.Ordinal))
        {
            output.WriteLine($"  {count,4} {kind}");
        }

        Assert.Equal(freshDiagnostics, stormDiagnostics);
        Assert.DoesNotContain(server.StandardError.Split('\n'), line => line.StartsWith("fail:", StringComparison.Ordinal) || line.StartsWith("crit:", StringComparison.Ordinal));
        Assert.InRange(storm.Faults, 300, Steps);
    }

    /// <summary>The diagnostics last published for the document once they match what the server pulls for its current text.</summary>
    private static async Task<string> SettledDiagnosticsAsync(LspProcess server, int pullId)
    {
        var pulled = await server.RequestAsync(pullId, "textDocument/diagnostic", new { textDocument = new { uri = Uri } });
        var current = pulled["result"]?["items"]?.ToJsonString() ?? throw new Xunit.Sdk.XunitException(pulled.ToJsonString());
        using var timeout = new CancellationTokenSource(LspProcess.Timeout);
        while (LastPublished(server) != current)
        {
            await Task.Delay(50, timeout.Token);
        }

        return current;
    }

    /// <summary>What a fresh server publishes first for <paramref name="text"/> (sent as written, lone surrogates and all).</summary>
    private static async Task<string> FreshDiagnosticsAsync(string text)
    {
        await using var fresh = LspProcess.Start();
        await fresh.RequestAsync(0, "initialize", new Protocol.InitializeParams(Environment.ProcessId));
        await fresh.NotifyAsync("initialized", new Protocol.InitializedParams());
        await fresh.WriteRawAsync(LspProcess.Frame(FaultStorm.DidOpen(Uri, text)));
        var published = await fresh.ReceiveAsync(IsPublishedForUri, "textDocument/publishDiagnostics");
        return published["params"]!["diagnostics"]!.ToJsonString();
    }

    private static string? LastPublished(LspProcess server) =>
        server.Received.LastOrDefault(IsPublishedForUri)?["params"]?["diagnostics"]?.ToJsonString();

    private static bool IsPublishedForUri(JsonObject message) =>
        message["method"]?.GetValue<string>() == "textDocument/publishDiagnostics" && message["params"]?["uri"]?.GetValue<string>() == Uri;
}
