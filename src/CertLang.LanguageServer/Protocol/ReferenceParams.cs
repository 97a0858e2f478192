namespace CertLang.LanguageServer.Protocol;

/// <summary>LSP <c>ReferenceParams</c>, of <c>textDocument/references</c>.</summary>
public sealed record ReferenceParams(TextDocumentIdentifier TextDocument, Position Position, ReferenceContext Context);

/// <summary>LSP <c>ReferenceContext</c>: whether the declaration counts as a reference.</summary>
public sealed record ReferenceContext(bool IncludeDeclaration);
