using System.CommandLine;
using CertLang.LanguageServer;
using Microsoft.Extensions.Logging;

namespace CertLang.Cli.Commands;

/// <summary><c>certc lsp</c>: run the language server over standard input and output; logs go to standard error.</summary>
internal static class LspCommand
{
    /// <summary>Creates the command.</summary>
    public static Command Create()
    {
        var command = new Command("lsp", "Run the CertLang language server (LSP 3.17) over standard input and output.");
        command.SetAction((_, _) => RunAsync());
        return command;
    }

    private static async Task<int> RunAsync()
    {
        using var loggerFactory = StandardErrorLogging.CreateFactory(LogLevel.Information);
        await using var input = Console.OpenStandardInput();
        await using var output = Console.OpenStandardOutput();
        return await new CertLangLanguageServer(input, output, loggerFactory).RunAsync();
    }
}
