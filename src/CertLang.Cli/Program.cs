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

try
{
    var parseResult = root.Parse(args);
    if (parseResult.Errors.Count > 0)
    {
        foreach (var error in parseResult.Errors)
        {
            Console.Error.WriteLine($"certc: {error.Message}");
        }

        Console.Error.WriteLine("Run 'certc --help' for usage.");
        return ExitCodes.Usage;
    }

    return parseResult.Invoke(new InvocationConfiguration { EnableDefaultExceptionHandler = false });
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
