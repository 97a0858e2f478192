namespace CertLang.LanguageServer.Protocol;

/// <summary>LSP <c>PublishDiagnosticsParams</c>, of <c>textDocument/publishDiagnostics</c>: every diagnostic of one document.</summary>
public sealed record PublishDiagnosticsParams(string Uri, IReadOnlyList<Diagnostic> Diagnostics);
