namespace CertLang.LanguageServer.Protocol;

/// <summary>LSP <c>InitializedParams</c>, of <c>initialized</c>: empty.</summary>
public sealed record InitializedParams;
