namespace CertLang.LanguageServer.Protocol;

/// <summary>LSP <c>TextDocumentSyncOptions</c>.</summary>
public sealed record TextDocumentSyncOptions(bool OpenClose, TextDocumentSyncKind Change);
