namespace CertLang.LanguageServer.Protocol;

/// <summary>LSP <c>InlayHintParams</c>, of <c>textDocument/inlayHint</c>.</summary>
public sealed record InlayHintParams(TextDocumentIdentifier TextDocument, Range Range);

/// <summary>LSP <c>InlayHint</c>: a label shown inline at a position, with padding before it.</summary>
public sealed record InlayHint(Position Position, string Label, bool PaddingLeft);
