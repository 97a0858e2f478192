using System.CommandLine;

namespace CertLang.Cli.Commands;

/// <summary>The <c>-v</c>/<c>--verbose</c> option: text output shows infos, which it otherwise only counts.</summary>
internal static class VerboseOption
{
    /// <summary>Creates the option.</summary>
    public static Option<bool> Create() => new("--verbose", "-v") { Description = "Show infos in text output (otherwise counted as hidden, unless certlang.json has \"showInfos\": true)." };
}
