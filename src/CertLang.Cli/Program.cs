using System.CommandLine;
using CertLang.Cli;
using CertLang.Cli.Commands;

var root = new RootCommand("certc: compile, test and plan CertLang certification packs.")
{
    CheckCommand.Create(),
    BuildCommand.Create(),
    TestCommand.Create(),
    PlanCommand.Create(),
    ExplainCommand.Create(),
    FmtCommand.Create(),
    DiffCommand.Create(),
    DocCommand.Create(),
    LspCommand.Create(),
};
root.Subcommands.Add(HelpCommand.Create(Run));
root.Subcommands.Add(VersionCommand.Create(Run));

try
{
    return Run(args);
}
catch (UserInputException e)
{
    Console.Error.WriteLine($"certc: error: {e.Message}");
    return ExitCodes.BadInput;
}
catch (Exception e)
{
    Console.Error.WriteLine($"certc: internal error: {e.GetType().Name}: {e.Message}");
    Console.Error.WriteLine("This is a bug in certc. Please report it with the command you ran and the files it read.");
    if (Environment.GetEnvironmentVariable("CERTC_DEBUG") == "1")
    {
        Console.Error.WriteLine(e);
    }

    return ExitCodes.InternalError;
}

int Run(string[] arguments)
{
    var parseResult = root.Parse(arguments);
    var problems = UsageErrors.Of(parseResult);
    if (problems.Count > 0)
    {
        foreach (var problem in problems)
        {
            Console.Error.WriteLine($"certc: {problem}");
        }

        Console.Error.WriteLine(UsageErrors.HelpHint(parseResult));
        return ExitCodes.Usage;
    }

    return parseResult.Invoke(new InvocationConfiguration { EnableDefaultExceptionHandler = false });
}
