namespace CertLang.LanguageServer.Protocol;

/// <summary>LSP <c>TextDocumentContentChangeEvent</c>: <see cref="Range"/> replaced by <see cref="Text"/>, or the whole text when the range is null.</summary>
public sealed record TextDocumentContentChangeEvent(string Text, Range? Range = null);
