namespace CertLang.LanguageServer.Protocol;

/// <summary>LSP <c>DidChangeTextDocumentParams</c>, of <c>textDocument/didChange</c>: edits applied in order.</summary>
public sealed record DidChangeTextDocumentParams(VersionedTextDocumentIdentifier TextDocument, IReadOnlyList<TextDocumentContentChangeEvent> ContentChanges);
