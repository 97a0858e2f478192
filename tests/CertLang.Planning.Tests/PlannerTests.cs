using System.Collections.Immutable;
using CertLang.Packs.Evaluation;
using CertLang.Packs.Model;
using CertLang.Planning.Plans;
using CertLang.Planning.Products;
using CertLang.Semantics.Symbols;
using CertLang.TestSupport;

namespace CertLang.Planning.Tests;

/// <summary>Hand-computed plans: backward scheduling, <c>when</c> durations, estimates, <c>requires</c>, <c>accepts</c>, blocs, lateness, surveillance.</summary>
public sealed class PlannerTests
{
    private const string Pack = """
        pack t version 1.0.0
        attribute has_cb_report: bool
        attribute rated_voltage: voltage
        category appliance { category kettle }
        market CN
        market GB
        market KR
        market EU { members DE, FR }

        regime CCC in CN {
          validity 5 years
          scope { include appliance }
          process {
            step apply "Apply" takes 1 week
            step test "Test" after apply {
              takes 1..2 weeks when has_cb_report
              takes 4..8 weeks
            }
            step inspect "Inspect" takes 3..5 days after apply
            step certify "Certify" takes 2 weeks after test, inspect
          }
          surveillance "Follow-up" every 12 months
        }

        regime KCS in KR { scope { include appliance } process { step s "Safety" takes 2 weeks } }
        regime KCE in KR { requires KCS  scope { include appliance } process { step e "EMC" takes 3 weeks } }

        regime UKCA in GB { accepts LVD  scope { include appliance } process { step d "Declare" takes 1 week } }
        regime LVD in EU { scope { include appliance where rated_voltage >= 50 V } process { step t "Test" takes 3 weeks } }
        """;

    private static readonly Planner Planner = new(new PackEvaluator(PackCompiler.Build(PackCompiler.Compile(("pack.cert", Pack)))));
    private static readonly DateOnly Ship = new(2027, 6, 1);

    [Fact]
    public void Steps_are_scheduled_backwards_from_the_shipment_date_along_the_longest_branch()
    {
        var plan = PlanOne(Kettle(), ["CN"]);

        var ccc = Regime(plan, "CN", "CCC");
        Assert.Equal(
            [("apply", "2027-03-16", "2027-03-23", 7), ("test", "2027-03-23", "2027-05-18", 56), ("inspect", "2027-05-13", "2027-05-18", 5), ("certify", "2027-05-18", "2027-06-01", 14)],
            ccc.Steps.Select(s => (s.Step, Iso(s.Start), Iso(s.End), s.Days)));
        Assert.Equal("2027-03-16", Iso(ccc.StartBy!.Value));
        Assert.Equal("2027-03-16", Iso(plan.StartBy!.Value));
        Assert.Equal([("CN", "CCC", "apply"), ("CN", "CCC", "test"), ("CN", "CCC", "certify")], plan.CriticalPath.Select(s => (s.Market, s.Regime, s.Step)));
    }

    [Fact]
    public void A_when_that_holds_picks_its_duration()
    {
        var plan = PlanOne(Kettle(("has_cb_report", new PackValue(Bool: true))), ["CN"]);

        var test = Regime(plan, "CN", "CCC").Steps.Single(s => s.Step == "test");
        Assert.Equal(("2027-05-04", 14), (Iso(test.Start), test.Days));
        Assert.Equal("2027-04-27", Iso(plan.StartBy!.Value));
        Assert.Equal(["apply", "test", "certify"], plan.CriticalPath.Select(s => s.Step));
    }

    [Theory]
    [InlineData(Estimate.Optimistic, "2027-04-13", "2027-04-20", "2027-05-15")]
    [InlineData(Estimate.Expected, "2027-03-30", "2027-04-06", "2027-05-14")]
    [InlineData(Estimate.Pessimistic, "2027-03-16", "2027-03-23", "2027-05-13")]
    public void The_estimate_picks_the_minimum_the_rounded_up_midpoint_or_the_maximum(Estimate estimate, string apply, string test, string inspect)
    {
        var plan = PlanOne(Kettle(), ["CN"], estimate: estimate);

        var starts = Regime(plan, "CN", "CCC").Steps.ToDictionary(s => s.Step, s => Iso(s.Start));
        Assert.Equal((apply, test, inspect), (starts["apply"], starts["test"], starts["inspect"]));
    }

    [Fact]
    public void A_required_regime_ends_before_the_regime_that_requires_it_starts()
    {
        var plan = PlanOne(Kettle(), ["KR"]);

        Assert.Equal(("2027-05-11", "2027-06-01"), (Iso(Regime(plan, "KR", "KCE").Steps[0].Start), Iso(Regime(plan, "KR", "KCE").Steps[0].End)));
        Assert.Equal(("2027-04-27", "2027-05-11"), (Iso(Regime(plan, "KR", "KCS").Steps[0].Start), Iso(Regime(plan, "KR", "KCS").Steps[0].End)));
        Assert.Equal("2027-04-27", Iso(plan.Markets.Single().StartBy!.Value));
        Assert.Equal([("KCS", "s"), ("KCE", "e")], plan.CriticalPath.Select(s => (s.Regime, s.Step)));
    }

    [Fact]
    public void A_regime_that_accepts_one_required_elsewhere_in_the_plan_is_satisfied_by_it_and_not_scheduled()
    {
        var plan = PlanOne(Kettle(("rated_voltage", new PackValue(Number: 230, Unit: "V"))), ["GB", "DE"]);

        var ukca = Regime(plan, "GB", "UKCA");
        Assert.Equal((RegimeStatus.SatisfiedBy, "LVD"), (ukca.Status, ukca.SatisfiedBy));
        Assert.Empty(ukca.Steps);
        Assert.Null(ukca.StartBy);
        var lvd = Regime(plan, "DE", "LVD");
        Assert.Equal((RegimeStatus.Required, "EU", "2027-05-11"), (lvd.Status, lvd.Market, Iso(lvd.StartBy!.Value)));
    }

    [Fact]
    public void Without_the_accepted_regime_in_the_plan_the_accepting_regime_is_scheduled()
    {
        var plan = PlanOne(Kettle(("rated_voltage", new PackValue(Number: 230, Unit: "V"))), ["GB"]);

        var ukca = Regime(plan, "GB", "UKCA");
        Assert.Equal((RegimeStatus.Required, "2027-05-25"), (ukca.Status, Iso(ukca.StartBy!.Value)));
    }

    [Fact]
    public void A_member_country_gets_its_blocs_regimes_and_a_missing_attribute_leaves_them_undetermined()
    {
        var plan = PlanOne(Kettle(), ["FR"]);

        var lvd = Regime(plan, "FR", "LVD");
        Assert.Equal(RegimeStatus.Undetermined, lvd.Status);
        Assert.Equal(["rated_voltage"], lvd.Decision.Missing.ToArray());
        Assert.Null(plan.StartBy);
        Assert.Equal(Verdict.Incomplete, plan.Verdict);
        Assert.Equal(["rated_voltage"], plan.Missing.ToArray());
    }

    [Fact]
    public void A_plan_that_should_have_started_before_today_is_late_by_the_difference()
    {
        var plan = PlanOne(Kettle(), ["CN"], today: new DateOnly(2027, 5, 1));

        Assert.Equal((Verdict.Late, 46), (plan.Verdict, plan.LateByDays));
    }

    [Fact]
    public void Surveillance_falls_due_every_interval_over_the_certificates_validity()
    {
        var plan = PlanOne(Kettle(), ["CN"]);

        Assert.Equal(["2028-06-01", "2029-06-01", "2030-06-01", "2031-06-01", "2032-06-01"], Regime(plan, "CN", "CCC").Surveillance.Select(s => Iso(s.Due)));
    }

    [Fact]
    public void Markets_plan_in_parallel_and_the_product_starts_by_the_earliest_of_them()
    {
        var plan = PlanOne(Kettle(("rated_voltage", new PackValue(Number: 230, Unit: "V"))), ["CN", "KR", "DE"]);

        Assert.Equal(["2027-03-16", "2027-04-27", "2027-05-11"], plan.Markets.Select(m => Iso(m.StartBy!.Value)));
        Assert.Equal("2027-03-16", Iso(plan.StartBy!.Value));
    }

    [Fact]
    public void An_unknown_target_market_names_the_known_ones()
    {
        var error = Assert.Throws<PlanInputException>(() => PlanOne(Kettle(), ["XX"]));

        Assert.Equal("unknown target market 'XX'; the pack knows: CN, DE, EU, FR, GB, KR", error.Message);
    }

    [Fact]
    public void Target_markets_are_matched_in_any_case_and_planned_under_the_pack_spelling_once()
    {
        var plan = PlanOne(Kettle(), ["cn", "De", "CN"]);

        Assert.Equal([("CN", "CN"), ("EU", "DE")], plan.Markets.Select(m => (m.Market, string.Join(",", m.Serves))));
    }

    [Fact]
    public void A_misspelt_target_market_is_refused_with_the_closest_one_in_any_case()
    {
        var error = Assert.Throws<PlanInputException>(() => PlanOne(Kettle(), ["kp"]));

        Assert.Equal("unknown target market 'kp' (did you mean 'KR'?); the pack knows: CN, DE, EU, FR, GB, KR", error.Message);
    }

    private static ProductPlan PlanOne(PlannedProduct product, string[] markets, Estimate estimate = Estimate.Pessimistic, DateOnly? today = null) =>
        Planner.Plan(new PlanRequest([product], [.. markets], Ship, today ?? new DateOnly(2026, 11, 25), estimate)).Products.Single();

    private static RegimePlan Regime(ProductPlan plan, string market, string regime) =>
        plan.Markets.Single(m => m.Serves.Contains(market) && m.Regimes.Any(r => r.Regime == regime)).Regimes.Single(r => r.Regime == regime);

    private static PlannedProduct Kettle(params (string Attribute, PackValue Value)[] values)
    {
        var facts = values.Append(("category", new PackValue(Text: "kettle"))).ToImmutableSortedDictionary(v => v.Item1, v => v.Item2, StringComparer.Ordinal);
        return new PlannedProduct("K-1", "Kettle", new ProductFacts("K-1", facts));
    }

    private static string Iso(DateOnly date) => date.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
}
