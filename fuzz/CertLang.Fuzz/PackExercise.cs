using System.Collections.Immutable;
using CertLang.Packs.Evaluation;
using CertLang.Packs.Model;
using CertLang.Packs.Testing;
using CertLang.Planning.Plans;
using CertLang.Planning.Products;
using CertLang.Planning.Reports;
using CertLang.Semantics.Symbols;

namespace CertLang.Fuzz;

/// <summary>
/// Uses a loaded rule pack as certc would: evaluates every regime for a few fixed products (the pack's own test
/// products and one that knows nothing), runs the pack's tests, and plans and reports for every market.
/// </summary>
public static class PackExercise
{
    /// <summary>The shipment date every fuzz plan is made for.</summary>
    public static readonly DateOnly Ship = new(2027, 6, 1);

    /// <summary>The "today" of every fuzz plan.</summary>
    public static readonly DateOnly Today = new(2026, 12, 1);

    private static readonly DateOnly[] EvaluationDates = [new(2020, 1, 1), Ship];

    /// <summary>Evaluates, tests and plans <paramref name="pack"/> for its own test products and an unknown product.</summary>
    public static void Run(RulePack pack)
    {
        var evaluator = new PackEvaluator(pack);
        var products = ProductsOf(pack);
        foreach (var regime in pack.Regimes)
        {
            foreach (var product in products)
            {
                foreach (var date in EvaluationDates)
                {
                    evaluator.Decide(regime.Name, product.Facts, date, AcceptancePolicy.AnyMarket);
                }
            }
        }

        PackTestRunner.Run(evaluator, Today);
        Plan(evaluator, products, [.. pack.Markets.Select(m => m.Name)]);
    }

    /// <summary>
    /// Plans <paramref name="products"/> for <paramref name="markets"/> and renders the plan in every report format; a plan
    /// the planner refuses (<see cref="PlanInputException"/>, exit 3 in certc: say, a schedule before the calendar's first day)
    /// is a documented outcome, not a crash.
    /// </summary>
    public static void Plan(PackEvaluator evaluator, ImmutableArray<PlannedProduct> products, ImmutableArray<string> markets)
    {
        if (products.IsEmpty || markets.IsEmpty)
        {
            return;
        }

        Plan plan;
        try
        {
            plan = new Planner(evaluator).Plan(new PlanRequest(products, markets, Ship, Today, Estimate.Pessimistic));
        }
        catch (PlanInputException)
        {
            return;
        }

        foreach (var name in PlanReports.FormatNames)
        {
            PlanReports.Render(plan, PlanReports.FormatNamed(name));
        }
    }

    private static ImmutableArray<PlannedProduct> ProductsOf(RulePack pack) =>
    [
        new("unknown", null, new ProductFacts("unknown", ImmutableSortedDictionary<string, PackValue>.Empty)),
        .. pack.Tests.Select(test => new PlannedProduct(test.Name, null, new ProductFacts(test.Name, test.Product))),
    ];
}
