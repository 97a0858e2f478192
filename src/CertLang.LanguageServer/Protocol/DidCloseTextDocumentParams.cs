namespace CertLang.LanguageServer.Protocol;

/// <summary>LSP <c>DidCloseTextDocumentParams</c>, of <c>textDocument/didClose</c>.</summary>
public sealed record DidCloseTextDocumentParams(TextDocumentIdentifier TextDocument);
