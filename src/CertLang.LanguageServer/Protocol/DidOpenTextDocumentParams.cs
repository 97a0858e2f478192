namespace CertLang.LanguageServer.Protocol;

/// <summary>LSP <c>DidOpenTextDocumentParams</c>, of <c>textDocument/didOpen</c>.</summary>
public sealed record DidOpenTextDocumentParams(TextDocumentItem TextDocument);
