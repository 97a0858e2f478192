namespace CertLang.LanguageServer.Protocol;

/// <summary>LSP <c>TextDocumentIdentifier</c>: a document by its URI.</summary>
public sealed record TextDocumentIdentifier(string Uri);
