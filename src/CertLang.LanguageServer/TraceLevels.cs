using Microsoft.Extensions.Logging;

namespace CertLang.LanguageServer;

/// <summary>Maps the protocol's trace values to the lowest log level the client is sent: <c>off</c> warnings and errors, <c>messages</c> information too, <c>verbose</c> everything.</summary>
internal static class TraceLevels
{
    /// <summary>The lowest level forwarded for <paramref name="trace"/> (<c>off</c> when absent or unknown).</summary>
    public static LogLevel ToLogLevel(string? trace) => trace switch
    {
        "verbose" => LogLevel.Trace,
        "messages" => LogLevel.Information,
        _ => LogLevel.Warning,
    };
}
