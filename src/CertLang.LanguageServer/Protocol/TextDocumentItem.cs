namespace CertLang.LanguageServer.Protocol;

/// <summary>LSP <c>TextDocumentItem</c>: an opened document with its full text.</summary>
public sealed record TextDocumentItem(string Uri, string LanguageId, int Version, string Text);
