using CertLang.Syntax.Diagnostics;

namespace CertLang.Semantics.Diagnostics;

/// <summary>Every diagnostic descriptor the compiler can report, for the CLI's SARIF rules and the tests alike.</summary>
public static class CompilerDiagnostics
{
    /// <summary>The descriptors of every compiler stage, stage by stage; a stage that gains diagnostics adds its list here.</summary>
    public static IReadOnlyList<DiagnosticDescriptor> All { get; } = [.. SyntaxDiagnostics.All, .. SemanticDiagnostics.All];
}
