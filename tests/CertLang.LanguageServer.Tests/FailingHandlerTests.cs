using CertLang.LanguageServer.Protocol;
using Microsoft.Extensions.Logging;
using Nerdbank.Streams;
using StreamJsonRpc;

namespace CertLang.LanguageServer.Tests;

/// <summary>
/// A handler that throws: the server's connection class answers with InternalError (neither the exception's message nor a
/// stack trace: those may name .NET types), logs the exception,
/// and keeps serving. No input makes a real handler throw, so a handler that always does is served by the real connection.
/// </summary>
public sealed class FailingHandlerTests
{
    private sealed class Handlers
    {
        [JsonRpcMethod("test/fail")]
        public int Fail() => throw new InvalidOperationException("the handler broke");

        [JsonRpcMethod("test/echo")]
        public int Echo(int value) => value;
    }

    private sealed class RecordingLogger : ILogger
    {
        public List<(LogLevel Level, string Message, Exception? Exception)> Entries { get; } = [];

        public IDisposable? BeginScope<TState>(TState state)
            where TState : notnull => null;

        public bool IsEnabled(LogLevel logLevel) => true;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
        {
            lock (Entries)
            {
                Entries.Add((logLevel, formatter(state, exception), exception));
            }
        }
    }

    [Fact]
    public async Task A_throwing_handler_is_answered_with_internal_error_logged_and_the_connection_serves_on()
    {
        var (clientStream, serverStream) = FullDuplexStream.CreatePair();
        var logger = new RecordingLogger();
        using var server = new LoggingJsonRpc(new HeaderDelimitedMessageHandler(serverStream, serverStream, LspJson.CreateFormatter()), logger);
        server.AddLocalRpcTarget(new Handlers());
        server.StartListening();
        using var client = new JsonRpc(new HeaderDelimitedMessageHandler(clientStream, clientStream, LspJson.CreateFormatter()));
        client.StartListening();

        var error = await Assert.ThrowsAsync<RemoteInvocationException>(() => client.InvokeAsync<int>("test/fail"));
        var echoed = await client.InvokeAsync<int>("test/echo", 42);

        Assert.Equal((-32603, "test/fail failed because of an internal error; the server's log has the details"), (error.ErrorCode, error.Message));
        Assert.Null(error.ErrorData);
        Assert.Equal(42, echoed);
        var logged = Assert.Single(logger.Entries, e => e.Level == LogLevel.Error);
        Assert.Equal(("test/fail failed", typeof(InvalidOperationException)), (logged.Message, logged.Exception?.GetType()));
    }
}
