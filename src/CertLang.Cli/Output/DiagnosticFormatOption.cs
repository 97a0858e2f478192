using System.CommandLine;
using System.CommandLine.Parsing;

namespace CertLang.Cli.Output;

/// <summary>The <c>--format text|json|sarif</c> option of every verb that prints diagnostics.</summary>
internal static class DiagnosticFormatOption
{
    private static readonly DiagnosticFormat[] Formats = Enum.GetValues<DiagnosticFormat>();
    private static readonly string[] Names = [.. Formats.Select(NameOf)];

    /// <summary>Creates the option: text by default, names in any case, anything else a usage error.</summary>
    public static Option<DiagnosticFormat> Create()
    {
        var option = new Option<DiagnosticFormat>("--format")
        {
            Description = "How to print diagnostics: text, json or sarif (SARIF 2.1.0).",
            HelpName = string.Join('|', Names),
            DefaultValueFactory = _ => DiagnosticFormat.Text,
            CustomParser = Parse,
        };
        option.CompletionSources.Add(Names);
        return option;
    }

    private static DiagnosticFormat Parse(ArgumentResult result)
    {
        var value = result.Tokens.Single().Value;
        foreach (var format in Formats)
        {
            if (string.Equals(NameOf(format), value, StringComparison.OrdinalIgnoreCase))
            {
                return format;
            }
        }

        result.AddError($"unknown format '{value}' for --format; use {string.Join(", ", Names[..^1])} or {Names[^1]}");
        return default;
    }

    private static string NameOf(DiagnosticFormat format) => format.ToString().ToLowerInvariant();
}
