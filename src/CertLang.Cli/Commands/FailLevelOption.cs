using System.CommandLine;
using CertLang.Syntax.Diagnostics;

namespace CertLang.Cli.Commands;

/// <summary>The <c>--fail-level error|warning|info</c> option of the verbs that report a pack's diagnostics.</summary>
internal static class FailLevelOption
{
    private static readonly string[] Names = ["error", "warning", "info"];

    /// <summary>Creates the option: error by default.</summary>
    public static Option<string> Create() =>
        ChoiceOption.Create("--fail-level", "The least severe diagnostic that makes the command fail (exit 1): error, warning or info.", "level", Names);

    /// <summary>The severity a value of the option names.</summary>
    public static DiagnosticSeverity Named(string name) => name switch
    {
        "warning" => DiagnosticSeverity.Warning,
        "info" => DiagnosticSeverity.Info,
        _ => DiagnosticSeverity.Error,
    };
}
