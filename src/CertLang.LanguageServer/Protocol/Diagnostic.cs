namespace CertLang.LanguageServer.Protocol;

/// <summary>LSP <c>Diagnostic</c>: a squiggle with its <c>CERT####</c> code.</summary>
public sealed record Diagnostic(Range Range, DiagnosticSeverity Severity, string Code, string Source, string Message);
