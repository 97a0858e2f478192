namespace CertLang.LanguageServer.Protocol;

/// <summary>LSP <c>Position</c>: a zero-based line and UTF-16 character offset.</summary>
public sealed record Position(int Line, int Character);
