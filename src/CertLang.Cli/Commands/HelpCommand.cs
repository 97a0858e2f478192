using System.CommandLine;

namespace CertLang.Cli.Commands;

/// <summary><c>certc help [COMMAND]</c>: the same as <c>certc [COMMAND] --help</c>.</summary>
internal static class HelpCommand
{
    /// <summary>Creates the command, which runs the command line <paramref name="run"/> is given.</summary>
    public static Command Create(Func<string[], int> run)
    {
        var topic = new Argument<string?>("COMMAND") { Description = "The command to show the help of; certc's own by default.", Arity = ArgumentArity.ZeroOrOne };
        var command = new Command("help", "Show the help of certc or of one command (the same as --help).") { topic };
        command.SetAction(result => run(result.GetValue(topic) is { } name ? [name, "--help"] : ["--help"]));
        return command;
    }
}
