using System.Diagnostics;
using CertLang.Syntax.Text;
using Microsoft.Extensions.Logging;
using StreamJsonRpc;

namespace CertLang.LanguageServer;

/// <summary>
/// Listens to StreamJsonRpc's trace for messages no handler takes and logs them: a warning, or only a debug line for the
/// <c>$/</c> notifications LSP lets a server ignore. (StreamJsonRpc itself answers such a request with <c>MethodNotFound</c>.)
/// </summary>
internal sealed class UnknownMethodLogger(ILogger logger) : TraceListener
{
    /// <inheritdoc />
    public override void TraceEvent(TraceEventCache? eventCache, string source, TraceEventType eventType, int id, string? format, params object?[]? args)
    {
        if (id != (int)JsonRpc.TraceEvents.RequestWithoutMatchingTarget || args is not [string method, ..])
        {
            return;
        }

        var level = method.StartsWith("$/", StringComparison.Ordinal) ? LogLevel.Debug : LogLevel.Warning;
        var parametersMisfit = format?.Contains("arguments do not match", StringComparison.Ordinal) == true;
        logger.Log(level, parametersMisfit ? "no handler for {Method} takes these parameters" : "no handler for {Method}", DisplayText.Safe(method));
    }

    /// <inheritdoc />
    public override void Write(string? message)
    {
    }

    /// <inheritdoc />
    public override void WriteLine(string? message)
    {
    }
}
