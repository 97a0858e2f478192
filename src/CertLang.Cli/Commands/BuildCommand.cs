using System.CommandLine;
using CertLang.Cli.Output;
using CertLang.Cli.Sources;
using CertLang.Packs.Serialization;
using CertLang.Packs.Signing;

namespace CertLang.Cli.Commands;

/// <summary>
/// <c>certc build [PACK_DIR] -o FILE [--sign KEY.pem]</c>: check the pack, then write its rule pack atomically, signed
/// when a key is given; nothing is written on errors.
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
        var command = new Command("build", "Check a pack, then write its rule pack (JSON) atomically.") { pack, output, sign, format };
        var trustedKeys = TrustedKeyOption.AddTo(command, result => result.GetValue(pack));
        command.SetAction(result => Run(
            result.GetRequiredValue(pack),
            result.GetRequiredValue(output),
            result.GetValue(sign),
            result.GetRequiredValue(trustedKeys),
            DiagnosticFormatOption.Named(result.GetRequiredValue(format))));
        return command;
    }

    private static int Run(string path, string output, string? signingKeyFile, string[] trustedKeys, DiagnosticFormat format)
    {
        using var signingKey = signingKeyFile is null ? null : ReadSigningKey(signingKeyFile);
        var loaded = PackLoader.Load(path, trustedKeys);
        if (loaded.Report.Diagnostics.Count > 0 || format != DiagnosticFormat.Text || loaded.Pack is null)
        {
            DiagnosticOutput.WriteToStandardOutput(format, loaded.Report);
        }

        if (loaded.Pack is not { } built)
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
