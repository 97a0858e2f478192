using System.Threading.Channels;
using CertLang.LanguageServer.Protocol;
using StreamJsonRpc;

namespace CertLang.LanguageServer.Tests;

/// <summary>The client's side of <c>textDocument/publishDiagnostics</c>: queues each notification in arrival order.</summary>
internal sealed class DiagnosticsSink
{
    private readonly Channel<PublishDiagnosticsParams> _received = Channel.CreateUnbounded<PublishDiagnosticsParams>();

    [JsonRpcMethod("textDocument/publishDiagnostics", UseSingleObjectParameterDeserialization = true)]
    public void PublishDiagnostics(PublishDiagnosticsParams notification) => _received.Writer.TryWrite(notification);

    /// <summary>Whether any notification arrived.</summary>
    public bool HasReceived => _received.Reader.Count > 0;

    /// <summary>The next notification, failing after ten seconds.</summary>
    public async Task<PublishDiagnosticsParams> NextAsync()
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(10));
        return await _received.Reader.ReadAsync(timeout.Token);
    }

    /// <summary>The next notification for <paramref name="uri"/>, skipping those for other documents, failing after ten seconds.</summary>
    public async Task<PublishDiagnosticsParams> NextForAsync(string uri)
    {
        while (true)
        {
            var next = await NextAsync();
            if (next.Uri == uri)
            {
                return next;
            }
        }
    }
}
