using CertLang.LanguageServer.Protocol;
using Microsoft.Extensions.Logging.Abstractions;
using Nerdbank.Streams;
using StreamJsonRpc;

namespace CertLang.LanguageServer.Tests;

/// <summary>A StreamJsonRpc client talking LSP to an in-process server over a duplex pipe.</summary>
internal sealed class InProcessClient : IAsyncDisposable
{
    private readonly JsonRpc _rpc;
    private readonly Stream _clientStream;

    private InProcessClient(JsonRpc rpc, Stream clientStream, Task<int> server)
    {
        _rpc = rpc;
        _clientStream = clientStream;
        Server = server;
    }

    /// <summary>The diagnostics the server published.</summary>
    public DiagnosticsSink Diagnostics { get; } = new();

    /// <summary>The messages the server showed or logged.</summary>
    public MessagesSink Messages { get; } = new();

    /// <summary>The server's run, completing with its exit code.</summary>
    public Task<int> Server { get; }

    /// <summary>Starts a server and connects a client to it.</summary>
    public static InProcessClient Start()
    {
        var (clientStream, serverStream) = FullDuplexStream.CreatePair();
        var server = Task.Run(() => new CertLangLanguageServer(serverStream, serverStream, NullLoggerFactory.Instance).RunAsync());
        var client = new InProcessClient(new JsonRpc(new HeaderDelimitedMessageHandler(clientStream, clientStream, LspJson.CreateFormatter())), clientStream, server);
        client._rpc.AddLocalRpcTarget(client.Diagnostics);
        client._rpc.AddLocalRpcTarget(client.Messages);
        client._rpc.StartListening();
        return client;
    }

    /// <summary>Initializes the server with <paramref name="request"/> and sends <c>initialized</c>.</summary>
    public async Task<InitializeResult> InitializeAsync(InitializeParams request)
    {
        var result = await RequestAsync<InitializeResult>("initialize", request);
        await NotifyAsync("initialized", new InitializedParams());
        return result;
    }

    /// <summary>Sends a request with a cancellation token, which StreamJsonRpc turns into <c>$/cancelRequest</c>.</summary>
    public Task<TResult> RequestAsync<TResult>(string method, object? argument, CancellationToken cancellationToken) =>
        _rpc.InvokeWithParameterObjectAsync<TResult>(method, argument, cancellationToken);

    /// <summary>Sends a request and waits for its answer.</summary>
    public Task<TResult> RequestAsync<TResult>(string method, object? argument) => _rpc.InvokeWithParameterObjectAsync<TResult>(method, argument);

    /// <summary>Sends a notification.</summary>
    public Task NotifyAsync(string method, object? argument = null) => _rpc.NotifyWithParameterObjectAsync(method, argument);

    /// <summary>Initializes the server and opens <paramref name="text"/> at <paramref name="uri"/>; returns the server's capabilities.</summary>
    public Task<ServerCapabilities> OpenAsync(string uri, string text) => OpenAsync([(uri, text)]);

    /// <summary>Initializes the server the way an editor does and opens each document; returns the server's capabilities.</summary>
    public async Task<ServerCapabilities> OpenAsync(params IEnumerable<(string Uri, string Text)> documents)
    {
        var result = await InitializeAsync(new InitializeParams(Environment.ProcessId));
        foreach (var (uri, text) in documents)
        {
            await NotifyAsync("textDocument/didOpen", new DidOpenTextDocumentParams(new TextDocumentItem(uri, "certlang", 1, text)));
        }

        return result.Capabilities;
    }

    /// <inheritdoc />
    public async ValueTask DisposeAsync()
    {
        _rpc.Dispose();
        await _clientStream.DisposeAsync();
        await Server;
    }
}
