namespace CertLang.LanguageServer.Protocol;

/// <summary>LSP <c>LogMessageParams</c>, of <c>window/logMessage</c> (and <c>ShowMessageParams</c> of <c>window/showMessage</c>).</summary>
public sealed record LogMessageParams(MessageType Type, string Message);

/// <summary>LSP <c>MessageType</c>.</summary>
public enum MessageType
{
    /// <summary>An error.</summary>
    Error = 1,

    /// <summary>A warning.</summary>
    Warning = 2,

    /// <summary>Information.</summary>
    Info = 3,

    /// <summary>A log line.</summary>
    Log = 4,

    /// <summary>A debug line.</summary>
    Debug = 5,
}
