using CertLang.Planning.Plans;
using CertLang.Semantics.Symbols;

namespace CertLang.Planning.Tests.Reports;

/// <summary>The sample plan has what the report tests rely on, so that they test the renderers and not the planner.</summary>
public sealed class SamplePlanTests
{
    [Fact]
    public void The_kettle_is_feasible_with_requires_and_accepts_and_the_hair_dryer_is_late_with_undetermined_regimes()
    {
        var plan = SamplePlan.Create();

        var (kettle, dryer) = (plan.Products[0], plan.Products[1]);
        Assert.Equal((Verdict.OnTrack, "2027-04-20"), (kettle.Verdict, Iso(kettle.StartBy)));
        Assert.Equal((RegimeStatus.SatisfiedBy, "LVD"), (Regime(kettle, "GB", "UKCA").Status, Regime(kettle, "GB", "UKCA").SatisfiedBy));
        Assert.Equal([("KR", "KCS", "apply"), ("KR", "KCS", "test"), ("KR", "KCE", "emc")], kettle.CriticalPath.Select(s => (s.Market, s.Regime, s.Step)));
        Assert.Equal((Verdict.Late, 48, "2027-01-12"), (dryer.Verdict, dryer.LateByDays, Iso(dryer.StartBy)));
        Assert.Equal(RegimeStatus.Required, Regime(dryer, "GB", "UKCA").Status);
        Assert.Equal(["has_radio", "rated_voltage"], Regime(dryer, "DE", "RED").Decision.Missing.Order().ToArray());
    }

    private static RegimePlan Regime(ProductPlan product, string market, string regime) =>
        product.Markets.Single(m => m.Serves.Contains(market) && m.Regimes.Any(r => r.Regime == regime)).Regimes.Single(r => r.Regime == regime);

    private static string Iso(DateOnly? date) => date!.Value.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
}
