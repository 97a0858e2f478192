using CertLang.LanguageServer.Protocol;
using Microsoft.Extensions.Logging;
using StreamJsonRpc;

namespace CertLang.LanguageServer.Features;

/// <summary><c>initialize</c> (answered with what the features declare), <c>shutdown</c>, <c>exit</c> and <c>$/setTrace</c>.</summary>
internal sealed class LifecycleHandler(ServerSession session, IReadOnlyList<ILanguageFeature> features, ILogger logger)
{
    /// <summary>Answers <c>initialize</c> with the server's capabilities, as each feature declares its part.</summary>
    [JsonRpcMethod("initialize", UseSingleObjectParameterDeserialization = true)]
    public InitializeResult Initialize(InitializeParams request)
    {
        session.Initialize(request);
        logger.LogInformation("initialize from client process {ProcessId}", request.ProcessId);
        return new InitializeResult(
            features.Aggregate(new ServerCapabilities(), (capabilities, feature) => feature.Declare(capabilities, session.Capabilities)),
            new ServerInfo("certlang", typeof(LifecycleHandler).Assembly.GetName().Version?.ToString()));
    }

    /// <summary>Handles <c>$/setTrace</c>: sets the lowest level of message the client is sent.</summary>
    [JsonRpcMethod("$/setTrace", UseSingleObjectParameterDeserialization = true)]
    public void SetTrace(SetTraceParams notification)
    {
        session.ClientLogLevel = TraceLevels.ToLogLevel(notification.Value);
        logger.LogInformation("trace set to {Trace}", notification.Value);
    }

    /// <summary>Handles <c>shutdown</c>: the next <c>exit</c> ends the process with code 0.</summary>
    [JsonRpcMethod("shutdown")]
    public object? Shutdown()
    {
        logger.LogInformation("shutdown");
        session.RequestShutdown();
        return null;
    }

    /// <summary>Handles <c>exit</c>: the server stops.</summary>
    [JsonRpcMethod("exit")]
    public void Exit()
    {
        logger.LogInformation("exit");
        session.Exit();
    }
}
