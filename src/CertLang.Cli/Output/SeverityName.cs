using CertLang.Syntax.Diagnostics;

namespace CertLang.Cli.Output;

/// <summary>The lower-case word for a severity, as text and JSON output print it.</summary>
internal static class SeverityName
{
    /// <summary><c>error</c>, <c>warning</c> or <c>info</c>.</summary>
    public static string Of(DiagnosticSeverity severity) => severity switch
    {
        DiagnosticSeverity.Error => "error",
        DiagnosticSeverity.Warning => "warning",
        _ => "info",
    };
}
