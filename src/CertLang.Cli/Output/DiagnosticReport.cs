using CertLang.Packs.Projects;
using CertLang.Semantics.Diagnostics;
using CertLang.Syntax.Diagnostics;

namespace CertLang.Cli.Output;

/// <summary>
/// What a verb reports: its diagnostics in print order, how many files it read, the catalogue they come from, and
/// whether text output shows infos (JSON and SARIF always have them).
/// </summary>
internal sealed record DiagnosticReport(IReadOnlyList<Diagnostic> Diagnostics, int FileCount, IReadOnlyList<DiagnosticDescriptor> Catalogue, bool ShowInfos)
{
    /// <summary>The report of <paramref name="project"/>'s diagnostics; infos are shown when <paramref name="verbose"/> or its configuration asks.</summary>
    public static DiagnosticReport Of(PackProject project, bool verbose) =>
        new(project.Diagnostics, project.FileCount, CompilerDiagnostics.All, verbose || project.Configuration.ShowInfos);

    /// <summary>The report of nothing (a built pack file has no sources to report on).</summary>
    public static DiagnosticReport Empty { get; } = new([], 0, CompilerDiagnostics.All, false);

    /// <summary>Whether any diagnostic is an error, which leaves the pack unbuilt.</summary>
    public bool HasErrors => Diagnostics.Any(diagnostic => diagnostic.Severity == DiagnosticSeverity.Error);

    /// <summary>Whether any diagnostic is at least as severe as <paramref name="failLevel"/>, which makes the verb exit with code 1.</summary>
    public bool Fails(DiagnosticSeverity failLevel) => Diagnostics.Any(diagnostic => diagnostic.Severity >= failLevel);
}
