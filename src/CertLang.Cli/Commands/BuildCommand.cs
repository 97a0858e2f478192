using System.CommandLine;
using CertLang.Cli.Output;
using CertLang.Cli.Sources;
using CertLang.Packs.Serialization;

namespace CertLang.Cli.Commands;

/// <summary><c>certc build [PACK_DIR] -o FILE</c>: check the pack, then write its rule pack atomically; nothing is written on errors.</summary>
internal static class BuildCommand
{
    /// <summary>Creates the command.</summary>
    public static Command Create()
    {
        var pack = PackArgument.Create("The pack folder; the current folder by default.");
        var output = OutputOption.Create("The rule pack file to write (JSON).", "FILE", required: true);
        var format = DiagnosticFormatOption.Create();
        var command = new Command("build", "Check a pack, then write its rule pack (JSON) atomically.") { pack, output, format };
        command.SetAction(result => Run(result.GetRequiredValue(pack), result.GetRequiredValue(output), result.GetRequiredValue(format)));
        return command;
    }

    private static int Run(string path, string output, DiagnosticFormat format)
    {
        var loaded = PackLoader.Load(path);
        if (loaded.Report.Diagnostics.Count > 0 || format != DiagnosticFormat.Text || loaded.Pack is null)
        {
            DiagnosticOutput.WriteToStandardOutput(format, loaded.Report);
        }

        if (loaded.Pack is not { } rulePack)
        {
            return ExitCodes.Failed;
        }

        AtomicFile.WriteAllText(output, RulePackJson.Write(rulePack));
        if (format == DiagnosticFormat.Text)
        {
            Console.Out.WriteLine($"wrote {DisplayPath.Of(output)}: pack {rulePack.Pack.Name} {rulePack.Pack.Version}, " +
                                  $"{rulePack.Regimes.Length} regimes in {rulePack.Markets.Length} markets, {rulePack.Tests.Length} tests, {rulePack.Hash}");
        }

        return ExitCodes.Success;
    }
}
