namespace CertLang.LanguageServer.Protocol;

/// <summary>LSP <c>TextEdit</c>: <see cref="Range"/> replaced by <see cref="NewText"/>.</summary>
public sealed record TextEdit(Range Range, string NewText);
