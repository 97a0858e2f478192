using System.CommandLine;
using System.CommandLine.Parsing;
using CertLang.Cli.Sources;

namespace CertLang.Cli.Commands;

/// <summary>
/// <c>--trusted-key PUB.pem</c> (repeatable), shared by every verb that loads a pack: with it, a built pack is used only
/// when it is signed by one of the keys. Sources cannot be signed, so naming them with the option is a usage error.
/// </summary>
internal static class TrustedKeyOption
{
    /// <summary>Adds the option to <paramref name="command"/>, whose pack paths <paramref name="packPaths"/> reads from a parse.</summary>
    public static Option<string[]> AddTo(Command command, params Func<CommandResult, string?>[] packPaths)
    {
        var option = new Option<string[]>("--trusted-key")
        {
            Description = "Use a built pack (.json) only when it is signed by this public key (PEM); repeat to trust several keys.",
            AllowMultipleArgumentsPerToken = false,
            HelpName = "PUB.pem",
            DefaultValueFactory = _ => [],
        };
        command.Options.Add(option);
        command.Validators.Add(result =>
        {
            if (result.GetResult(option) is null)
            {
                return;
            }

            foreach (var path in packPaths.Select(read => read(result)).OfType<string>().Where(p => !PackLoader.NamesPackFile(p)))
            {
                result.AddError($"--trusted-key checks the signature of a built pack file (.json), but '{path}' is sources, which cannot be signed: " +
                                "build them with 'certc build --sign KEY.pem -o PACK.json' and give PACK.json");
            }
        });
        return option;
    }
}
