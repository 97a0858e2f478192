using CertLang.LanguageServer.Protocol;
using CertLang.LanguageServer.Tests.EndToEnd;

namespace CertLang.LanguageServer.Tests;

/// <summary>The real <c>certc lsp</c>, started as a process the way an editor starts it, with a typed StreamJsonRpc client.</summary>
public sealed class EndToEndTests
{
    [Fact]
    public async Task Certc_lsp_initializes_shuts_down_and_exits_with_code_0()
    {
        await using var server = LspProcess.Start();
        var rpc = server.AttachJsonRpc();

        var result = await rpc.InvokeWithParameterObjectAsync<InitializeResult>("initialize", new InitializeParams(Environment.ProcessId));
        await rpc.NotifyWithParameterObjectAsync("initialized", new InitializedParams());
        await rpc.InvokeWithParameterObjectAsync<object?>("shutdown", null);
        await rpc.NotifyWithParameterObjectAsync("exit", null);

        Assert.True(result.Capabilities.HoverProvider);
        Assert.Equal(0, await server.ExitCodeAsync());
        await server.StandardErrorLineAsync("exit");
    }
}
