using System.CommandLine;
using CertLang.Cli.Output;
using CertLang.Cli.Sources;
using CertLang.Semantics.Diagnostics;

namespace CertLang.Cli.Commands;

/// <summary><c>certc check [PACK_DIR] [--format text|json|sarif]</c>: parse and bind every <c>.cert</c> file of a pack and print its diagnostics.</summary>
internal static class CheckCommand
{
    /// <summary>Creates the command.</summary>
    public static Command Create()
    {
        var pack = PackArgument.Create("The pack folder (or a single .cert file); the current folder by default.");
        var format = DiagnosticFormatOption.Create();
        var command = new Command("check", "Parse and bind every .cert file of a pack and print its diagnostics.") { pack, format };
        command.SetAction(result => Run(result.GetRequiredValue(pack), DiagnosticFormatOption.Named(result.GetRequiredValue(format))));
        return command;
    }

    private static int Run(string path, DiagnosticFormat format)
    {
        var pack = PackSources.Compile(path);
        var report = new DiagnosticReport(pack.Compilation.GetDiagnostics(), pack.FileCount, CompilerDiagnostics.All);
        DiagnosticOutput.WriteToStandardOutput(format, report);
        return report.HasErrors ? ExitCodes.Failed : ExitCodes.Success;
    }
}
