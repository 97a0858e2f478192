namespace CertLang.LanguageServer.Protocol;

/// <summary>LSP <c>WorkspaceFolder</c>: a folder the client has open.</summary>
public sealed record WorkspaceFolder(string Uri, string Name);
