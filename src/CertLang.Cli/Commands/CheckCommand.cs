using System.CommandLine;
using CertLang.Cli.Output;
using CertLang.Cli.Sources;
using CertLang.Syntax.Diagnostics;

namespace CertLang.Cli.Commands;

/// <summary><c>certc check [PACK_DIR]</c>: parse every <c>.cert</c> file of a pack and print its diagnostics.</summary>
internal static class CheckCommand
{
    /// <summary>Creates the command.</summary>
    public static Command Create()
    {
        var pack = new Argument<string>("PACK_DIR")
        {
            Description = "The pack folder (or a single .cert file); the current folder by default.",
            DefaultValueFactory = _ => ".",
        };
        pack.Validators.Add(result =>
        {
            if (result.Tokens is [{ Value: ['-', ..] value }])
            {
                result.AddError($"unknown option '{value}'");
            }
        });
        var command = new Command("check", "Parse every .cert file of a pack and print its diagnostics.") { pack };
        command.SetAction(result => Run(result.GetRequiredValue(pack), Console.Out));
        return command;
    }

    private static int Run(string path, TextWriter output)
    {
        var trees = PackSources.Parse(path);
        var diagnostics = trees.SelectMany(tree => tree.Diagnostics).ToList();
        DiagnosticTextRenderer.Render(output, diagnostics, trees.Count);
        return diagnostics.Any(d => d.Severity == DiagnosticSeverity.Error) ? ExitCodes.Failed : ExitCodes.Success;
    }
}
