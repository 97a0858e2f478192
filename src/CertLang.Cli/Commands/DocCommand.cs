using System.CommandLine;
using CertLang.Cli.Output;
using CertLang.Cli.Sources;
using CertLang.Planning.Documentation;

namespace CertLang.Cli.Commands;

/// <summary>
/// <c>certc doc [PACK_DIR] -o DIR</c>: write a readable reference of a pack, <c>DIR/index.md</c> and a self-contained
/// <c>DIR/index.html</c>, each atomically; nothing is written when the sources have errors.
/// </summary>
internal static class DocCommand
{
    /// <summary>Creates the command.</summary>
    public static Command Create()
    {
        var pack = PackArgument.Create("The pack folder or a built pack file (.json); the current folder by default.");
        var output = OutputOption.Create("The folder to write index.md and index.html to; created if needed.", "DIR", required: true);
        var command = new Command("doc", "Write a readable reference of a pack (index.md and index.html): markets and regimes, scopes, processes, categories.") { pack, output };
        var trustedKeys = TrustedKeyOption.AddTo(command, result => result.GetValue(pack));
        command.SetAction(result => Run(result.GetRequiredValue(pack), result.GetRequiredValue(trustedKeys), result.GetRequiredValue(output)));
        return command;
    }

    private static int Run(string path, string[] trustedKeys, string output)
    {
        var loaded = PackLoader.Load(path, trustedKeys);
        if (loaded.Report.Diagnostics.Count > 0 || loaded.Pack is null)
        {
            DiagnosticOutput.WriteToStandardOutput(DiagnosticFormat.Text, loaded.Report);
        }

        if (loaded.Pack is not { } rulePack)
        {
            return ExitCodes.Failed;
        }

        var reference = PackReferenceBuilder.Build(rulePack);
        CreateFolder(output);
        var markdown = Path.Combine(output, "index.md");
        var html = Path.Combine(output, "index.html");
        AtomicFile.WriteAllText(markdown, MarkdownReference.Render(reference));
        AtomicFile.WriteAllText(html, HtmlReference.Render(reference));
        Console.Out.WriteLine($"wrote {DisplayPath.Of(markdown)} and {DisplayPath.Of(html)}: reference of pack {rulePack.Pack.Name} {rulePack.Pack.Version}, " +
                              $"{rulePack.Regimes.Length} regimes in {rulePack.Markets.Length} markets");
        return ExitCodes.Success;
    }

    private static void CreateFolder(string folder)
    {
        try
        {
            Directory.CreateDirectory(folder);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new UserInputException($"cannot create the folder '{folder}': {e.Message}");
        }
    }
}
