namespace CertLang.LanguageServer.Protocol;

/// <summary>LSP <c>Location</c>: a range in a document.</summary>
public sealed record Location(string Uri, Range Range);
