using CertLang.Semantics.Diagnostics;
using CertLang.Syntax.Diagnostics;

namespace CertLang.Cli.Output;

/// <summary>Every diagnostic descriptor certc can report: the rules that SARIF output declares.</summary>
internal static class DiagnosticCatalogue
{
    /// <summary>The descriptors of every compiler stage, stage by stage; a stage that gains diagnostics adds its list here.</summary>
    public static IReadOnlyList<DiagnosticDescriptor> All { get; } = [.. SyntaxDiagnostics.All, .. SemanticDiagnostics.All];
}
