using CertLang.LanguageServer.Protocol;
using Microsoft.Extensions.Logging;
using StreamJsonRpc;

namespace CertLang.LanguageServer;

/// <summary>
/// A logger that writes to <paramref name="inner"/> (standard error) and, once connected, also sends each message at or
/// above the session's client level as <c>window/logMessage</c> (without the exception: its type and stack trace stay on
/// standard error). It exists before the connection, so that the framing reader and the connection itself log through it too.
/// </summary>
internal sealed class ClientForwardingLogger(ILogger inner, ServerSession session) : ILogger
{
    private JsonRpc? _rpc;

    /// <summary>Starts forwarding to the client over <paramref name="rpc"/>.</summary>
    public void Connect(JsonRpc rpc) => _rpc = rpc;

    /// <inheritdoc />
    public IDisposable? BeginScope<TState>(TState state)
        where TState : notnull => inner.BeginScope(state);

    /// <inheritdoc />
    public bool IsEnabled(LogLevel logLevel) => inner.IsEnabled(logLevel) || ForwardsAt(logLevel);

    /// <inheritdoc />
    public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
    {
        inner.Log(logLevel, eventId, state, exception, formatter);
        if (_rpc is { } rpc && ForwardsAt(logLevel))
        {
            _ = SendAsync(rpc, new LogMessageParams(ToMessageType(logLevel), formatter(state, exception)));
        }
    }

    private bool ForwardsAt(LogLevel logLevel) => logLevel != LogLevel.None && logLevel >= session.ClientLogLevel;

    private async Task SendAsync(JsonRpc rpc, LogMessageParams message)
    {
        try
        {
            await rpc.NotifyWithParameterObjectAsync("window/logMessage", message).ConfigureAwait(false);
        }
        catch (Exception e) when (e is ConnectionLostException or ObjectDisposedException or IOException)
        {
            inner.LogDebug("window/logMessage not sent: {Message}", e.Message);
        }
    }

    private static MessageType ToMessageType(LogLevel level) => level switch
    {
        LogLevel.Critical or LogLevel.Error => MessageType.Error,
        LogLevel.Warning => MessageType.Warning,
        LogLevel.Information => MessageType.Info,
        _ => MessageType.Log,
    };
}
