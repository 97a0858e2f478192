using System.CommandLine;
using CertLang.Cli.Output;
using CertLang.Cli.Sources;
using CertLang.Packs.Evaluation;
using CertLang.Packs.Testing;
using CertLang.Syntax.Diagnostics;

namespace CertLang.Cli.Commands;

/// <summary>
/// <c>certc test [PACK_DIR] [--today DATE] [--fail-level error|warning|info] [-v]</c>: run every <c>test</c> block; exit 1
/// when any fails, or (without running them) when a diagnostic of the pack reaches the fail level.
/// </summary>
internal static class TestCommand
{
    /// <summary>Creates the command.</summary>
    public static Command Create()
    {
        var pack = PackArgument.Create("The pack folder or a built pack file (.json); the current folder by default.");
        var today = DateOption.Create("--today", "The date tests without 'ship' are evaluated at; the system date by default.");
        var failLevel = FailLevelOption.Create();
        var verbose = VerboseOption.Create();
        var command = new Command("test", "Run the pack's test blocks.") { pack, today, failLevel, verbose };
        var trustedKeys = TrustedKeyOption.AddTo(command, result => result.GetValue(pack));
        command.SetAction(result => Run(
            result.GetRequiredValue(pack),
            result.GetRequiredValue(trustedKeys),
            result.GetValue(today) ?? DateOnly.FromDateTime(DateTime.Now),
            FailLevelOption.Named(result.GetRequiredValue(failLevel)),
            result.GetValue(verbose)));
        return command;
    }

    private static int Run(string path, string[] trustedKeys, DateOnly today, DiagnosticSeverity failLevel, bool verbose)
    {
        var loaded = PackLoader.Load(path, trustedKeys, verbose);
        if (loaded.Pack is not { } pack || loaded.Report.Fails(failLevel))
        {
            DiagnosticOutput.WriteToStandardOutput(DiagnosticFormat.Text, loaded.Report);
            return ExitCodes.Failed;
        }

        var outcomes = PackTestRunner.Run(new PackEvaluator(pack), today);
        TestReport.Write(Console.Out, outcomes);
        return outcomes.All(o => o.Passed) ? ExitCodes.Success : ExitCodes.Failed;
    }
}
