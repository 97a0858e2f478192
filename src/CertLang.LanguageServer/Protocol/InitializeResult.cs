namespace CertLang.LanguageServer.Protocol;

/// <summary>LSP <c>InitializeResult</c>, the answer to <c>initialize</c>.</summary>
public sealed record InitializeResult(ServerCapabilities Capabilities, ServerInfo ServerInfo);
