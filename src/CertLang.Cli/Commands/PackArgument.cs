using System.CommandLine;

namespace CertLang.Cli.Commands;

/// <summary>The <c>PACK_DIR</c> argument of the verbs that read a pack: the current folder by default.</summary>
internal static class PackArgument
{
    /// <summary>Creates the argument (a value that looks like an option is a usage error, not a folder name: <see cref="UsageErrors"/>).</summary>
    public static Argument<string> Create(string description) => new("PACK_DIR")
    {
        Description = description,
        DefaultValueFactory = _ => ".",
    };
}
