using System.Diagnostics;
using CertLang.LanguageServer.Protocol;
using StreamJsonRpc;

namespace CertLang.LanguageServer.Tests;

/// <summary>The real <c>certc lsp</c>, started as a process the way an editor starts it.</summary>
public sealed class EndToEndTests
{
    [Fact]
    public async Task Certc_lsp_initializes_shuts_down_and_exits_with_code_0()
    {
        var start = new ProcessStartInfo("dotnet") { RedirectStandardInput = true, RedirectStandardOutput = true, RedirectStandardError = true };
        start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "certc.dll"));
        start.ArgumentList.Add("lsp");
        using var process = Process.Start(start)!;
        var errors = process.StandardError.ReadToEndAsync();
        using var rpc = new JsonRpc(LspJson.CreateMessageHandler(process.StandardInput.BaseStream, process.StandardOutput.BaseStream));
        rpc.StartListening();

        var result = await rpc.InvokeWithParameterObjectAsync<InitializeResult>("initialize", new InitializeParams(Environment.ProcessId));
        await rpc.NotifyWithParameterObjectAsync("initialized", new InitializedParams());
        await rpc.InvokeWithParameterObjectAsync<object?>("shutdown", null);
        await rpc.NotifyWithParameterObjectAsync("exit", null);
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(1));
        await process.WaitForExitAsync(timeout.Token);

        Assert.True(result.Capabilities.HoverProvider);
        Assert.Equal(0, process.ExitCode);
        Assert.Contains("exit", await errors, StringComparison.Ordinal);
    }
}
