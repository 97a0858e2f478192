namespace CertLang.LanguageServer.Protocol;

/// <summary>LSP <c>DocumentSymbolParams</c>, of <c>textDocument/documentSymbol</c>.</summary>
public sealed record DocumentSymbolParams(TextDocumentIdentifier TextDocument);

/// <summary>LSP <c>DocumentSymbol</c>: one entry of a document's outline, its <see cref="Range"/> the whole declaration and its <see cref="SelectionRange"/> the name.</summary>
public sealed record DocumentSymbol(string Name, SymbolKind Kind, Range Range, Range SelectionRange, string? Detail = null, IReadOnlyList<DocumentSymbol>? Children = null);
