using System.CommandLine;

namespace CertLang.Cli.Commands;

/// <summary><c>certc version</c>: the same as <c>certc --version</c>.</summary>
internal static class VersionCommand
{
    /// <summary>Creates the command, which runs the command line <paramref name="run"/> is given.</summary>
    public static Command Create(Func<string[], int> run)
    {
        var command = new Command("version", "Show certc's version (the same as --version).");
        command.SetAction(_ => run(["--version"]));
        return command;
    }
}
