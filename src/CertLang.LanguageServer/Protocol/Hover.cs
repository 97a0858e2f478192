namespace CertLang.LanguageServer.Protocol;

/// <summary>LSP <c>Hover</c>, the answer to <c>textDocument/hover</c>.</summary>
public sealed record Hover(MarkupContent Contents, Range? Range = null);
