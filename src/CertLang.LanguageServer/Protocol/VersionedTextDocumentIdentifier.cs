namespace CertLang.LanguageServer.Protocol;

/// <summary>LSP <c>VersionedTextDocumentIdentifier</c>: a document by its URI, at a version.</summary>
public sealed record VersionedTextDocumentIdentifier(string Uri, int Version);
