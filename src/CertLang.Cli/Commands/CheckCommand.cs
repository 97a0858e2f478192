using System.CommandLine;
using CertLang.Cli.Output;
using CertLang.Cli.Sources;
using CertLang.Syntax.Diagnostics;

namespace CertLang.Cli.Commands;

/// <summary>
/// <c>certc check [PACK_DIR] [--format text|json|sarif] [--fail-level error|warning|info] [-v]</c>: parse and bind every
/// <c>.cert</c> file of a pack and print its diagnostics under its <c>certlang.json</c>.
/// </summary>
internal static class CheckCommand
{
    /// <summary>Creates the command.</summary>
    public static Command Create()
    {
        var pack = PackArgument.Create("The pack folder (or a single .cert file); the current folder by default.");
        var format = DiagnosticFormatOption.Create();
        var failLevel = FailLevelOption.Create();
        var verbose = VerboseOption.Create();
        var command = new Command("check", "Parse and bind every .cert file of a pack and print its diagnostics.") { pack, format, failLevel, verbose };
        command.SetAction(result => Run(
            result.GetRequiredValue(pack),
            DiagnosticFormatOption.Named(result.GetRequiredValue(format)),
            FailLevelOption.Named(result.GetRequiredValue(failLevel)),
            result.GetValue(verbose)));
        return command;
    }

    private static int Run(string path, DiagnosticFormat format, DiagnosticSeverity failLevel, bool verbose)
    {
        var report = DiagnosticReport.Of(PackSources.Compile(path), verbose);
        DiagnosticOutput.WriteToStandardOutput(format, report);
        return report.Fails(failLevel) ? ExitCodes.Failed : ExitCodes.Success;
    }
}
