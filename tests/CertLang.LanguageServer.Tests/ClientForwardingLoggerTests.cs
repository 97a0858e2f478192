using CertLang.LanguageServer.Protocol;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Nerdbank.Streams;
using StreamJsonRpc;

namespace CertLang.LanguageServer.Tests;

/// <summary>What the client's log shows of a failure: the message, never the exception's .NET type or stack trace.</summary>
public sealed class ClientForwardingLoggerTests
{
    [Fact]
    public async Task An_error_logged_with_an_exception_reaches_the_client_without_the_exception()
    {
        var (clientStream, serverStream) = FullDuplexStream.CreatePair();
        var logger = new ClientForwardingLogger(NullLogger.Instance, new ServerSession());
        using var server = new JsonRpc(new HeaderDelimitedMessageHandler(serverStream, serverStream, LspJson.CreateFormatter()));
        logger.Connect(server);
        server.StartListening();
        var sink = new MessagesSink();
        using var client = new JsonRpc(new HeaderDelimitedMessageHandler(clientStream, clientStream, LspJson.CreateFormatter()));
        client.AddLocalRpcTarget(sink);
        client.StartListening();

        logger.LogError(new InvalidCastException("Unable to cast object of type 'System.String' to type 'System.Int32'."), "{Method} failed", "textDocument/hover");
        var logged = await sink.NextAsync("window/logMessage");

        Assert.Equal((MessageType.Error, "textDocument/hover failed"), (logged.Type, logged.Message));
    }
}
