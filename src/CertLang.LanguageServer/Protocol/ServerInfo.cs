namespace CertLang.LanguageServer.Protocol;

/// <summary>LSP <c>InitializeResult.serverInfo</c>: the server's name and version.</summary>
public sealed record ServerInfo(string Name, string? Version = null);
