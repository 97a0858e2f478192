using System.CommandLine;
using CertLang.Cli.Output;
using CertLang.Cli.Sources;
using CertLang.Packs.Serialization;
using CertLang.Packs.Signing;
using CertLang.Syntax.Diagnostics;

namespace CertLang.Cli.Commands;

/// <summary>
/// <c>certc build [PACK_DIR] -o FILE [--sign KEY.pem] [--fail-level error|warning|info] [-v]</c>: check the pack, then
/// write its rule pack atomically, signed when a key is given; nothing is written when a diagnostic reaches the fail level.
/// </summary>
internal static class BuildCommand
{
    /// <summary>Creates the command.</summary>
    public static Command Create()
    {
        var pack = PackArgument.Create("The pack folder; the current folder by default.");
        var output = OutputOption.Create("The rule pack file to write (JSON).", "FILE", required: true);
        var sign = new Option<string?>("--sign") { Description = "Sign the pack with this EC P-256 private key (PEM: PKCS#8 or SEC1); see docs/signing.md.", HelpName = "KEY.pem" };
        var format = DiagnosticFormatOption.Create();
        var failLevel = FailLevelOption.Create();
        var verbose = VerboseOption.Create();
        var command = new Command("build", "Check a pack, then write its rule pack (JSON) atomically.") { pack, output, sign, format, failLevel, verbose };
        var trustedKeys = TrustedKeyOption.AddTo(command, result => result.GetValue(pack));
        command.SetAction(result => Run(
            result.GetRequiredValue(pack),
            result.GetRequiredValue(output),
            result.GetValue(sign),
            result.GetRequiredValue(trustedKeys),
            DiagnosticFormatOption.Named(result.GetRequiredValue(format)),
            FailLevelOption.Named(result.GetRequiredValue(failLevel)),
            result.GetValue(verbose)));
        return command;
    }

    private static int Run(string path, string output, string? signingKeyFile, string[] trustedKeys, DiagnosticFormat format, DiagnosticSeverity failLevel, bool verbose)
    {
        using var signingKey = signingKeyFile is null ? null : ReadSigningKey(signingKeyFile);
        var loaded = PackLoader.Load(path, trustedKeys, verbose);
        if (loaded.Report.Diagnostics.Count > 0 || format != DiagnosticFormat.Text || loaded.Pack is null)
        {
            DiagnosticOutput.WriteToStandardOutput(format, loaded.Report);
        }

        if (loaded.Pack is not { } built || loaded.Report.Fails(failLevel))
        {
            return ExitCodes.Failed;
        }

        var rulePack = signingKey?.Sign(built) ?? built with { Signature = null };
        AtomicFile.WriteAllText(output, RulePackJson.Write(rulePack));
        if (format == DiagnosticFormat.Text)
        {
            var signed = signingKey is null ? "" : $", signed by key {signingKey.KeyId}";
            Console.Out.WriteLine($"wrote {DisplayPath.Of(output)}: pack {rulePack.Pack.Name} {rulePack.Pack.Version}, " +
                                  $"{rulePack.Regimes.Length} regimes in {rulePack.Markets.Length} markets, {rulePack.Tests.Length} tests, {rulePack.Hash}{signed}");
        }

        return ExitCodes.Success;
    }

    private static PackSigningKey ReadSigningKey(string path)
    {
        try
        {
            return PackSigningKey.FromPem(InputFile.ReadAllText(path));
        }
        catch (PackKeyException e)
        {
            throw new UserInputException($"cannot sign with the key '{path}': {e.Message}");
        }
    }
}
