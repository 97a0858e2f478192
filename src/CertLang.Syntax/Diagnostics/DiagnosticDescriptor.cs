namespace CertLang.Syntax.Diagnostics;

/// <summary>The stable identity of one kind of diagnostic: its CERT code, severity and a short title.</summary>
public sealed record DiagnosticDescriptor(string Code, DiagnosticSeverity Severity, string Title);
