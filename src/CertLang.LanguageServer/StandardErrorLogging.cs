using Microsoft.Extensions.Logging;

namespace CertLang.LanguageServer;

/// <summary>Logging for a server whose standard output carries the protocol: every level goes to standard error.</summary>
public static class StandardErrorLogging
{
    /// <summary>A logger factory that writes messages at <paramref name="minimumLevel"/> and above to standard error.</summary>
    public static ILoggerFactory CreateFactory(LogLevel minimumLevel) =>
        LoggerFactory.Create(builder => builder
            .SetMinimumLevel(minimumLevel)
            .AddSimpleConsole(options => options.SingleLine = true)
            .AddConsole(options => options.LogToStandardErrorThreshold = LogLevel.Trace));
}
