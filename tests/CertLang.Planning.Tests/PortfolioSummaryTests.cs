using CertLang.Planning.Plans;

namespace CertLang.Planning.Tests;

/// <summary>The summary of a portfolio plan: products, the late ones and the latest, and the regimes most often on the critical path.</summary>
public sealed class PortfolioSummaryTests
{
    [Fact]
    public void Late_products_are_counted_and_the_latest_is_the_first_late_by_the_most_days()
    {
        var summary = PortfolioSummary.Of(PlanOf(Product("A", 0), Product("B", 12), Product("C", 30), Product("D", 30)));

        Assert.Equal((4, 3, new LateProduct("C", 30)), (summary.Products, summary.Late, summary.Latest));
    }

    [Fact]
    public void Without_late_products_there_is_no_latest()
    {
        var summary = PortfolioSummary.Of(PlanOf(Product("A", 0), Product("B", 0)));

        Assert.Equal((2, 0, null), (summary.Products, summary.Late, summary.Latest));
    }

    [Fact]
    public void The_five_regimes_on_the_most_critical_paths_come_most_first_and_by_name_on_a_tie()
    {
        var summary = PortfolioSummary.Of(PlanOf(
            Product("P1", 0, "G", "B", "C", "A"),
            Product("P2", 0, "G", "B", "D", "E"),
            Product("P3", 0, "G", "B", "C", "D", "F"),
            Product("P4", 0, "G")));

        Assert.Equal<RegimeCount>([new("G", 4), new("B", 3), new("C", 2), new("D", 2), new("A", 1)], summary.CriticalRegimes);
    }

    [Fact]
    public void A_regime_counts_once_per_product_whatever_the_number_of_its_critical_steps()
    {
        var product = Product("P1", 0) with
        {
            CriticalPath = [new CriticalStep("CN", "CCC", "application"), new CriticalStep("CN", "CCC", "type_test"), new CriticalStep("DE", "LVD", "testing")],
        };

        var summary = PortfolioSummary.Of(PlanOf(product, Product("P2", 0, "LVD")));

        Assert.Equal<RegimeCount>([new("LVD", 2), new("CCC", 1)], summary.CriticalRegimes);
    }

    [Fact]
    public void Products_with_nothing_required_put_no_regime_on_a_critical_path()
    {
        Assert.Empty(PortfolioSummary.Of(PlanOf(Product("A", 0), Product("B", 0))).CriticalRegimes);
    }

    private static Plan PlanOf(params ProductPlan[] products) =>
        new(new PlanPack("p", "1.0.0", "sha256:" + new string('0', 64)), new DateOnly(2027, 6, 1), new DateOnly(2026, 11, 25), Estimate.Pessimistic, [.. products]);

    /// <summary>A product late by <paramref name="lateByDays"/> whose critical path has one step of each regime given.</summary>
    private static ProductPlan Product(string id, int lateByDays, params string[] criticalRegimes) =>
        new(id, null, null, lateByDays == 0 ? Verdict.OnTrack : Verdict.Late, [], criticalRegimes.Length == 0 ? null : new DateOnly(2026, 11, 25).AddDays(-lateByDays), lateByDays, null,
            [.. criticalRegimes.Select(r => new CriticalStep("CN", r, "apply"))], []);
}
