namespace CertLang.LanguageServer.Protocol;

/// <summary>LSP <c>TextDocumentPositionParams</c>: a position in a document, as <c>textDocument/hover</c> sends it.</summary>
public sealed record TextDocumentPositionParams(TextDocumentIdentifier TextDocument, Position Position);
