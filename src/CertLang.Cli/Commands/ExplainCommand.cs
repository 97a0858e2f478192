using System.Collections.Immutable;
using System.CommandLine;
using CertLang.Cli.Output;
using CertLang.Cli.Sources;
using CertLang.Packs.Evaluation;
using CertLang.Planning.Explanations;
using CertLang.Planning.Plans;
using CertLang.Planning.Products;
using CertLang.Syntax.Text;

namespace CertLang.Cli.Commands;

/// <summary>
/// <c>certc explain --pack P --product F [--id X] --regime R [--ship D]</c>: why one regime is required, not required or
/// undetermined for one product, clause by clause.
/// </summary>
internal static class ExplainCommand
{
    /// <summary>Creates the command.</summary>
    public static Command Create()
    {
        var pack = new Option<string>("--pack") { Description = "The pack: a folder of .cert sources or a built pack file (.json).", Required = true, HelpName = "PACK" };
        var product = new Option<string>("--product") { Description = "A product file: JSON (one product or an array) or a CSV portfolio.", Required = true, HelpName = "FILE" };
        var id = new Option<string?>("--id") { Description = "Which product of the file to explain, when it holds several.", HelpName = "ID" };
        var regime = new Option<string>("--regime") { Description = "The regime to explain.", Required = true, HelpName = "REGIME" };
        var ship = DateOption.Create("--ship", "The shipment date the scope is evaluated at; the system date by default.");
        var command = new Command("explain", "Explain why one regime is required, not required or undetermined for one product.")
        {
            pack, product, id, regime, ship,
        };
        var trustedKeys = TrustedKeyOption.AddTo(command, result => result.GetValue(pack));
        command.SetAction(result => Run(
            result.GetRequiredValue(pack),
            result.GetRequiredValue(trustedKeys),
            result.GetRequiredValue(product),
            result.GetValue(id),
            result.GetRequiredValue(regime),
            result.GetValue(ship) ?? DateOnly.FromDateTime(DateTime.Now)));
        return command;
    }

    private static int Run(string packPath, string[] trustedKeys, string productFile, string? id, string regime, DateOnly ship)
    {
        var loaded = PackLoader.Load(packPath, trustedKeys);
        if (loaded.Pack is not { } pack)
        {
            DiagnosticOutput.WriteToStandardOutput(DiagnosticFormat.Text, loaded.Report);
            return ExitCodes.Failed;
        }

        var products = ProductFiles.Read(pack, [productFile]);
        if (id is null && products.Length > 1)
        {
            Console.Error.WriteLine($"certc: '{productFile}' holds {products.Length} products; choose one with --id: {Ids(products)}");
            return ExitCodes.Usage;
        }

        var chosen = id is null ? products[0] : products.FirstOrDefault(p => p.Id == id)
            ?? throw new UserInputException($"'{productFile}' has no product '{DisplayText.Safe(id)}'; its products: {Ids(products)}");
        RegimeExplanation explanation;
        try
        {
            explanation = new RegimeExplainer(new PackEvaluator(pack)).Explain(regime, chosen, ship);
        }
        catch (PlanInputException e)
        {
            throw new UserInputException(e.Message);
        }

        ExplanationTextWriter.Write(Console.Out, explanation);
        return ExitCodes.Success;
    }

    private static string Ids(ImmutableArray<PlannedProduct> products) => DisplayText.List(products.Select(p => p.Id));
}
