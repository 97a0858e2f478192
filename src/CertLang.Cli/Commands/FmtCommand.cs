using System.CommandLine;
using CertLang.Cli.Output;
using CertLang.Cli.Sources;
using CertLang.Semantics.Diagnostics;
using CertLang.Semantics.Formatting;
using CertLang.Syntax;
using CertLang.Syntax.Text;

namespace CertLang.Cli.Commands;

/// <summary>
/// <c>certc fmt [PATH…] [--check]</c>: lay out <c>.cert</c> files in the canonical style, in place, printing the path of
/// each file it changes; with <c>--check</c>, change nothing and list the files that would change. Files with syntax
/// errors are reported, never touched.
/// </summary>
internal static class FmtCommand
{
    private static readonly byte[] Utf8ByteOrderMark = [0xEF, 0xBB, 0xBF];

    /// <summary>Creates the command.</summary>
    public static Command Create()
    {
        var paths = new Argument<string[]>("PATH")
        {
            Description = "Files, or folders searched recursively for .cert files; the current folder by default.",
            Arity = ArgumentArity.ZeroOrMore,
            DefaultValueFactory = _ => ["."],
        };
        var check = new Option<bool>("--check")
        {
            Description = "Change nothing: list the files that are not formatted, and exit with 1 if there are any.",
        };
        var command = new Command("fmt", "Format .cert files in place in the canonical style, printing the path of each file changed.") { paths, check };
        command.SetAction(result => Run(result.GetRequiredValue(paths), result.GetValue(check)));
        return command;
    }

    private static int Run(string[] paths, bool check)
    {
        var sources = paths.SelectMany(PackSources.Read).DistinctBy(file => Path.GetFullPath(file.Path)).ToArray();
        var trees = new SyntaxTree[sources.Length];
        var formatted = new string?[sources.Length];
        Parallel.For(0, sources.Length, i =>
        {
            trees[i] = SyntaxTree.Parse(SourceText.From(sources[i].Bytes, sources[i].Path));
            formatted[i] = CertFormatter.Format(trees[i]);
        });

        var changed = false;
        for (var i = 0; i < sources.Length; i++)
        {
            if (formatted[i] is not { } text || text == trees[i].Text.ToString())
            {
                continue;
            }

            changed = true;
            if (!check)
            {
                AtomicFile.Rewrite(sources[i].Path, sources[i].Bytes.AsSpan().StartsWith(Utf8ByteOrderMark) ? '\uFEFF' + text : text);
            }

            Console.Out.WriteLine(sources[i].Path);
        }

        var syntaxErrors = trees.Where((_, i) => formatted[i] is null).SelectMany(tree => tree.Diagnostics).ToList();
        if (syntaxErrors.Count > 0)
        {
            DiagnosticOutput.WriteToStandardOutput(DiagnosticFormat.Text, new DiagnosticReport(syntaxErrors, sources.Length, CompilerDiagnostics.All, ShowInfos: false));
            return ExitCodes.Failed;
        }

        return check && changed ? ExitCodes.Failed : ExitCodes.Success;
    }
}
