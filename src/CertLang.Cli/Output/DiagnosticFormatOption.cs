using System.CommandLine;
using CertLang.Cli.Commands;

namespace CertLang.Cli.Output;

/// <summary>The <c>--format text|json|sarif</c> option of every verb that prints diagnostics.</summary>
internal static class DiagnosticFormatOption
{
    private static readonly DiagnosticFormat[] Formats = Enum.GetValues<DiagnosticFormat>();
    private static readonly string[] Names = [.. Formats.Select(f => f.ToString().ToLowerInvariant())];

    /// <summary>Creates the option: text by default, names in any case, anything else a usage error.</summary>
    public static Option<string> Create() =>
        ChoiceOption.Create("--format", "How to print diagnostics: text, json or sarif (SARIF 2.1.0).", "format", Names);

    /// <summary>The format a value of the option names.</summary>
    public static DiagnosticFormat Named(string name) => Formats[Array.IndexOf(Names, name)];
}
