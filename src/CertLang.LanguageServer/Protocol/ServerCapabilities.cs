namespace CertLang.LanguageServer.Protocol;

/// <summary>LSP <c>ServerCapabilities</c>: what this server offers.</summary>
public sealed record ServerCapabilities(TextDocumentSyncOptions TextDocumentSync, bool HoverProvider);
