namespace CertLang.LanguageServer.Protocol;

/// <summary>LSP <c>DocumentFormattingParams</c>, of <c>textDocument/formatting</c>.</summary>
public sealed record DocumentFormattingParams(TextDocumentIdentifier TextDocument, FormattingOptions Options);

/// <summary>LSP <c>FormattingOptions</c> (the canonical style ignores them: the formatter is <c>certc fmt</c>'s).</summary>
public sealed record FormattingOptions(int TabSize, bool InsertSpaces);
