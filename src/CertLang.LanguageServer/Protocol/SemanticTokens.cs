namespace CertLang.LanguageServer.Protocol;

/// <summary>LSP <c>SemanticTokensParams</c>, of <c>textDocument/semanticTokens/full</c>.</summary>
public sealed record SemanticTokensParams(TextDocumentIdentifier TextDocument);

/// <summary>LSP <c>SemanticTokensRangeParams</c>, of <c>textDocument/semanticTokens/range</c>.</summary>
public sealed record SemanticTokensRangeParams(TextDocumentIdentifier TextDocument, Range Range);

/// <summary>LSP <c>SemanticTokens</c>: five integers per token (delta line, delta start, length, type, modifier bits), each position relative to the previous token.</summary>
public sealed record SemanticTokens(IReadOnlyList<int> Data);

/// <summary>LSP <c>SemanticTokensLegend</c>: the token types and modifiers the integers of <see cref="SemanticTokens"/> index.</summary>
public sealed record SemanticTokensLegend(IReadOnlyList<string> TokenTypes, IReadOnlyList<string> TokenModifiers);

/// <summary>LSP <c>SemanticTokensOptions</c>: the legend, and whether whole documents and ranges are served.</summary>
public sealed record SemanticTokensOptions(SemanticTokensLegend Legend, bool Range, bool Full);
