using System.CommandLine;
using CertLang.Cli.Output;
using CertLang.Cli.Sources;
using CertLang.Packs.Model;
using CertLang.Planning.Diff;
using CertLang.Planning.Plans;

namespace CertLang.Cli.Commands;

/// <summary>
/// <c>certc diff OLD NEW [--products FILE] [--ship DATE] [--format text|json]</c>: what changed in meaning between two
/// packs, and which of the given products change status. Exits 0 whether or not the packs differ; 1 when either pack's
/// sources have errors.
/// </summary>
internal static class DiffCommand
{
    /// <summary>Creates the command.</summary>
    public static Command Create()
    {
        var old = PackPath("OLD", "The earlier pack: a folder of .cert sources or a built pack file (.json).");
        var @new = PackPath("NEW", "The later pack: a folder of .cert sources or a built pack file (.json).");
        var products = new Option<string?>("--products")
        {
            Description = "A product file as for 'certc plan' (JSON: one product or an array; or CSV), checked against NEW: list each product whose status for a regime changes.",
            HelpName = "FILE",
        };
        var ship = DateOption.Create("--ship", "The date the products are evaluated at; today by default.");
        var format = ChoiceOption.Create("--format", "The report format.", "format", ["text", "json"]);
        var command = new Command(
            "diff",
            "Compare two packs: markets, categories, attributes and regimes added or removed; each shared regime's scope rules, steps, " +
            "durations and links; and, with --products, the products whose status changes. Exits 0 whether or not the packs differ.")
        {
            old, @new, products, ship, format,
        };
        var trustedKeys = TrustedKeyOption.AddTo(command, result => result.GetValue(old), result => result.GetValue(@new));
        command.Validators.Add(result =>
        {
            if (result.GetResult(ship) is not null && result.GetResult(products) is null)
            {
                result.AddError("--ship needs --products: it is the date the products are evaluated at");
            }
        });
        command.SetAction(result => Run(
            result.GetRequiredValue(old),
            result.GetRequiredValue(@new),
            result.GetRequiredValue(trustedKeys),
            result.GetValue(products),
            result.GetValue(ship) ?? DateOnly.FromDateTime(DateTime.Now),
            result.GetRequiredValue(format)));
        return command;
    }

    private static Argument<string> PackPath(string name, string description) => new(name) { Description = description };

    private static int Run(string oldPath, string newPath, string[] trustedKeys, string? productFile, DateOnly ship, string format)
    {
        var (old, @new) = (Load(oldPath, trustedKeys), Load(newPath, trustedKeys));
        if (old is null || @new is null)
        {
            return ExitCodes.Failed;
        }

        var diff = PackDiffer.Compare(old, @new);
        if (productFile is not null)
        {
            var products = ProductFiles.Read(@new, [productFile], "the products do not fit the new pack").Select(p => p.Facts).ToList();
            try
            {
                diff = diff with { Products = ProductStatusDiffer.Compare(old, @new, products, ship) };
            }
            catch (PlanInputException e)
            {
                throw new UserInputException(e.Message);
            }
        }

        Console.Out.Write(format == "json" ? PackDiffJson.Write(diff) : PackDiffText.Render(diff));
        return ExitCodes.Success;
    }

    private static RulePack? Load(string path, string[] trustedKeys)
    {
        var loaded = PackLoader.Load(path, trustedKeys);
        if (loaded.Pack is null)
        {
            DiagnosticOutput.WriteToStandardOutput(DiagnosticFormat.Text, loaded.Report);
        }

        return loaded.Pack;
    }
}
