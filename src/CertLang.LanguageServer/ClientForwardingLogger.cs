using CertLang.LanguageServer.Protocol;
using Microsoft.Extensions.Logging;
using StreamJsonRpc;

namespace CertLang.LanguageServer;

/// <summary>A logger that writes to <paramref name="inner"/> (standard error) and also sends each message at or above the session's client level as <c>window/logMessage</c>.</summary>
internal sealed class ClientForwardingLogger(ILogger inner, ServerSession session, JsonRpc rpc) : ILogger
{
    /// <inheritdoc />
    public IDisposable? BeginScope<TState>(TState state)
        where TState : notnull => inner.BeginScope(state);

    /// <inheritdoc />
    public bool IsEnabled(LogLevel logLevel) => inner.IsEnabled(logLevel) || ForwardsAt(logLevel);

    /// <inheritdoc />
    public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
    {
        inner.Log(logLevel, eventId, state, exception, formatter);
        if (ForwardsAt(logLevel))
        {
            var message = formatter(state, exception) + (exception is null ? "" : $" ({exception.GetType().Name}: {exception.Message})");
            _ = SendAsync(new LogMessageParams(ToMessageType(logLevel), message));
        }
    }

    private bool ForwardsAt(LogLevel logLevel) => logLevel != LogLevel.None && logLevel >= session.ClientLogLevel;

    private async Task SendAsync(LogMessageParams message)
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
