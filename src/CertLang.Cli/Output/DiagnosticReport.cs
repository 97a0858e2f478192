using CertLang.Syntax.Diagnostics;

namespace CertLang.Cli.Output;

/// <summary>What a verb reports: its diagnostics in print order, how many files it read, and the catalogue they come from.</summary>
internal sealed record DiagnosticReport(IReadOnlyList<Diagnostic> Diagnostics, int FileCount, IReadOnlyList<DiagnosticDescriptor> Catalogue)
{
    /// <summary>Whether any diagnostic is an error, which makes the verb exit with code 1.</summary>
    public bool HasErrors => Diagnostics.Any(diagnostic => diagnostic.Severity == DiagnosticSeverity.Error);
}
