using System.Collections.Immutable;
using CertLang.Syntax.Diagnostics;

namespace CertLang.Semantics.Configuration;

/// <summary>
/// A pack's configuration, read from the <c>certlang.json</c> at the pack's root (<see cref="PackConfigurationReader"/>):
/// the level of diagnostic codes, whether text output shows infos, and the problems of the file itself.
/// </summary>
/// <param name="Levels">The level of each code the file names; the others keep their severity.</param>
/// <param name="ShowInfos">Whether text output shows infos without <c>--verbose</c>.</param>
/// <param name="Diagnostics">What is wrong with the file (CERT21xx), at their place in it.</param>
public sealed record PackConfiguration(ImmutableDictionary<string, DiagnosticLevel> Levels, bool ShowInfos, ImmutableArray<Diagnostic> Diagnostics)
{
    /// <summary>The name of the file at a pack's root.</summary>
    public const string FileName = "certlang.json";

    /// <summary>The configuration of a pack without <c>certlang.json</c>: every code at its severity, infos hidden.</summary>
    public static PackConfiguration Default { get; } = new(ImmutableDictionary.Create<string, DiagnosticLevel>(StringComparer.Ordinal), false, []);

    /// <summary>The severity <paramref name="diagnostic"/> is reported at, or null when its code is off.</summary>
    public DiagnosticSeverity? SeverityOf(Diagnostic diagnostic) => Levels.GetValueOrDefault(diagnostic.Code, LevelOf(diagnostic.Severity)) switch
    {
        DiagnosticLevel.Error => DiagnosticSeverity.Error,
        DiagnosticLevel.Warning => DiagnosticSeverity.Warning,
        DiagnosticLevel.Info => DiagnosticSeverity.Info,
        _ => null,
    };

    private static DiagnosticLevel LevelOf(DiagnosticSeverity severity) => severity switch
    {
        DiagnosticSeverity.Error => DiagnosticLevel.Error,
        DiagnosticSeverity.Warning => DiagnosticLevel.Warning,
        _ => DiagnosticLevel.Info,
    };
}
