using System.CommandLine;
using CertLang.Cli.Output;
using CertLang.Cli.Sources;
using CertLang.Packs.Evaluation;
using CertLang.Planning.Plans;
using CertLang.Planning.Reports;

namespace CertLang.Cli.Commands;

/// <summary>
/// <c>certc plan --pack P --product F… --markets CN,EU --ship D [--today D] [--estimate …] [--format text|json|md|html] [--detail summary|all] [-o FILE]</c>:
/// which regimes apply to each product in each market, and when each must start.
/// </summary>
internal static class PlanCommand
{
    /// <summary>Creates the command.</summary>
    public static Command Create()
    {
        var pack = new Option<string>("--pack") { Description = "The pack: a folder of .cert sources or a built pack file (.json).", Required = true, HelpName = "PACK" };
        var products = new Option<string[]>("--product")
        {
            Description = "A product file: JSON (one product or an array) or a CSV portfolio; repeat for more files.",
            Required = true,
            AllowMultipleArgumentsPerToken = false,
            HelpName = "FILE",
        };
        var markets = new Option<string>("--markets") { Description = "The target markets, comma-separated: CN,EU,KR.", Required = true, HelpName = "LIST" };
        markets.Validators.Add(result =>
        {
            if (MarketList(result.GetValueOrDefault<string>()).Length == 0)
            {
                result.AddError("--markets names no market; list them comma-separated, such as CN,EU");
            }
        });
        var ship = DateOption.Create("--ship", "The shipment date.");
        ship.Required = true;
        var today = DateOption.Create("--today", "Today's date, against which lateness is measured; the system date by default.");
        var estimate = ChoiceOption.Create("--estimate", "Which end of duration ranges to plan with.", "estimate", EstimateNames.All);
        var format = ChoiceOption.Create("--format", "The report format: text, json, md (a pull-request comment) or html (one self-contained page).", "format", PlanReports.FormatNames);
        var detail = ChoiceOption.Create(
            "--detail", "For md with several products: summary (verdicts counted, late and incomplete products; fits a pull-request comment) or all (every product in full).",
            "detail", PlanReports.DetailNames);
        var output = OutputOption.Create("Write the report to FILE (atomically) instead of the standard output.", "FILE", required: false);
        var failOn = new Option<string?>("--fail-on") { Description = "Exit with 1 when a product's verdict is one of these, comma-separated: late, incomplete.", HelpName = "VERDICTS" };
        failOn.Validators.Add(result =>
        {
            if (FailingVerdicts(result.GetValueOrDefault<string?>()) is null)
            {
                result.AddError("--fail-on takes late, incomplete or both, comma-separated, such as --fail-on late,incomplete");
            }
        });
        var failIfLate = new Option<bool>("--fail-if-late") { Description = "The same as --fail-on late." };
        var command = new Command("plan", "Plan certifications for products, target markets and a shipment date.")
        {
            pack, products, markets, ship, today, estimate, format, detail, output, failOn, failIfLate,
        };
        var trustedKeys = TrustedKeyOption.AddTo(command, result => result.GetValue(pack));
        command.SetAction(result => Run(
            result.GetRequiredValue(pack),
            result.GetRequiredValue(trustedKeys),
            result.GetRequiredValue(products),
            result.GetRequiredValue(markets),
            result.GetValue(ship)!.Value,
            result.GetValue(today) ?? DateOnly.FromDateTime(DateTime.Now),
            EstimateNames.Named(result.GetRequiredValue(estimate)),
            PlanReports.FormatNamed(result.GetRequiredValue(format)),
            PlanReports.DetailNamed(result.GetRequiredValue(detail)),
            result.GetValue(output),
            [.. FailingVerdicts(result.GetValue(failOn))!, .. result.GetValue(failIfLate) ? [Verdict.Late] : Array.Empty<Verdict>()]));
        return command;
    }

    private static int Run(string packPath, string[] trustedKeys, string[] productFiles, string markets, DateOnly ship, DateOnly today, Estimate estimate,
        PlanFormat format, PlanDetail detail, string? output, IReadOnlyCollection<Verdict> failOn)
    {
        var loaded = PackLoader.Load(packPath, trustedKeys);
        if (loaded.Pack is not { } pack)
        {
            DiagnosticOutput.WriteToStandardOutput(DiagnosticFormat.Text, loaded.Report);
            return ExitCodes.Failed;
        }

        Plan plan;
        try
        {
            var products = ProductFiles.Read(pack, productFiles);
            plan = PlanningProgress.Plan(new Planner(new PackEvaluator(pack)), new PlanRequest(products, [.. MarketList(markets)], ship, today, estimate));
        }
        catch (PlanInputException e)
        {
            throw new UserInputException(e.Message);
        }

        var report = PlanReports.Render(plan, format, detail);
        if (format == PlanFormat.Text && plan.Products.Length > 1)
        {
            report += PortfolioSummaryText.Render(PortfolioSummary.Of(plan));
        }

        if (output is null)
        {
            Console.Out.Write(report);
        }
        else
        {
            AtomicFile.WriteAllText(output, report);
        }

        return plan.Products.Any(p => failOn.Contains(p.Verdict)) ? ExitCodes.Failed : ExitCodes.Success;
    }

    /// <summary>The verdicts named in a <c>--fail-on</c> list (none without one); null when it names anything but late and incomplete.</summary>
    private static Verdict[]? FailingVerdicts(string? list)
    {
        var verdicts = (list ?? "").Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Select(VerdictNames.Parse).ToArray();
        return list is not null && (verdicts.Length == 0 || verdicts.Any(v => v is null or Verdict.OnTrack)) ? null : [.. verdicts.OfType<Verdict>()];
    }

    private static string[] MarketList(string markets) => markets.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
}
