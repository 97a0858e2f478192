namespace CertLang.LanguageServer.Protocol;

/// <summary>LSP <c>SetTraceParams</c>, of <c>$/setTrace</c>: <c>off</c>, <c>messages</c> or <c>verbose</c>.</summary>
public sealed record SetTraceParams(string Value);
