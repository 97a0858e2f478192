using System.Threading.Channels;
using CertLang.LanguageServer.Protocol;
using StreamJsonRpc;

namespace CertLang.LanguageServer.Tests;

/// <summary>The client's side of <c>window/showMessage</c> and <c>window/logMessage</c>: queues each message in arrival order.</summary>
internal sealed class MessagesSink
{
    private readonly Channel<(string Method, LogMessageParams Message)> _received = Channel.CreateUnbounded<(string, LogMessageParams)>();

    [JsonRpcMethod("window/showMessage", UseSingleObjectParameterDeserialization = true)]
    public void ShowMessage(LogMessageParams message) => _received.Writer.TryWrite(("window/showMessage", message));

    [JsonRpcMethod("window/logMessage", UseSingleObjectParameterDeserialization = true)]
    public void LogMessage(LogMessageParams message) => _received.Writer.TryWrite(("window/logMessage", message));

    /// <summary>The next message sent with <paramref name="method"/> (others are skipped), failing after ten seconds.</summary>
    public async Task<LogMessageParams> NextAsync(string method)
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(10));
        while (true)
        {
            var (received, message) = await _received.Reader.ReadAsync(timeout.Token);
            if (received == method)
            {
                return message;
            }
        }
    }
}
