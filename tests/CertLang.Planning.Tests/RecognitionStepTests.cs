using System.Collections.Immutable;
using CertLang.Packs.Evaluation;
using CertLang.Packs.Model;
using CertLang.Planning.Plans;
using CertLang.Planning.Products;
using CertLang.Semantics.Symbols;
using CertLang.TestSupport;

namespace CertLang.Planning.Tests;

/// <summary><c>accepts R takes D</c>, hand-computed: a regime satisfied by R is planned as one recognition step after R's certificate.</summary>
public sealed class RecognitionStepTests
{
    private const string Pack = """
        pack r version 1.0.0
        category appliance
        market MX
        market US
        market GB

        regime NRTL in US {
          scope { include appliance }
          process {
            step t "Test" takes 4 weeks
            step c "Certify" takes 2 weeks after t
          }
        }
        regime NOM in MX {
          accepts NRTL takes 2..3 weeks
          scope { include appliance }
          process { step x "Own test" takes 10 weeks }
        }
        regime UKCA in GB {
          accepts NRTL
          scope { include appliance }
          process { step d "Declare" takes 1 week }
        }
        """;

    private static readonly Planner Planner = new(new PackEvaluator(PackCompiler.Build(PackCompiler.Compile(("pack.cert", Pack)))));
    private static readonly DateOnly Ship = new(2027, 6, 1);

    [Fact]
    public void A_recognised_regime_is_one_step_after_the_accepted_certificate_which_then_ends_earlier()
    {
        var plan = PlanOne(["MX", "US"]);

        var nom = Regime(plan, "NOM");
        Assert.Equal((RegimeStatus.SatisfiedBy, "NRTL"), (nom.Status, nom.SatisfiedBy));
        var step = Assert.Single(nom.Steps);
        Assert.Equal(("recognition", "Recognition of the NRTL certificate", "2027-05-11", "2027-06-01", 21), (step.Step, step.Title, Iso(step.Start), Iso(step.End), step.Days));
        var nrtl = Regime(plan, "NRTL");
        Assert.Equal([("t", "2027-03-30", "2027-04-27"), ("c", "2027-04-27", "2027-05-11")], nrtl.Steps.Select(s => (s.Step, Iso(s.Start), Iso(s.End))));
        Assert.Equal("2027-03-30", Iso(plan.StartBy!.Value));
        Assert.Equal([("NRTL", "t"), ("NRTL", "c"), ("NOM", "recognition")], plan.CriticalPath.Select(s => (s.Regime, s.Step)));
    }

    [Fact]
    public void The_estimate_picks_the_end_of_the_recognition_range()
    {
        var step = Regime(PlanOne(["MX", "US"], Estimate.Optimistic), "NOM").Steps.Single();

        Assert.Equal(("2027-05-18", 14), (Iso(step.Start), step.Days));
    }

    [Fact]
    public void Without_takes_a_recognition_costs_no_time_and_nothing_is_scheduled()
    {
        var ukca = Regime(PlanOne(["GB", "US"]), "UKCA");

        Assert.Equal((RegimeStatus.SatisfiedBy, null), (ukca.Status, ukca.StartBy));
        Assert.Empty(ukca.Steps);
    }

    [Fact]
    public void Without_the_accepted_regime_in_the_plan_the_regimes_own_process_is_scheduled()
    {
        var nom = Regime(PlanOne(["MX"]), "NOM");

        Assert.Equal((RegimeStatus.Required, "x", "2027-03-23"), (nom.Status, nom.Steps.Single().Step, Iso(nom.StartBy!.Value)));
    }

    [Fact]
    public void A_late_product_ships_when_the_recognition_after_the_accepted_certificate_is_done()
    {
        var plan = PlanOne(["MX", "US"], today: new DateOnly(2027, 4, 1));

        Assert.Equal((Verdict.Late, 2), (plan.Verdict, plan.LateByDays));
        Assert.Equal(("2027-05-13", "2027-06-03"), (Iso(Regime(plan, "NRTL").EarliestShip!.Value), Iso(plan.EarliestShip!.Value)));
    }

    private static ProductPlan PlanOne(string[] markets, Estimate estimate = Estimate.Pessimistic, DateOnly? today = null)
    {
        var product = new PlannedProduct("P", null, new ProductFacts("P", ImmutableSortedDictionary.CreateRange(StringComparer.Ordinal, [KeyValuePair.Create("category", new PackValue(Text: "appliance"))])));
        return Planner.Plan(new PlanRequest([product], [.. markets], Ship, today ?? new DateOnly(2026, 12, 1), estimate)).Products.Single();
    }

    private static RegimePlan Regime(ProductPlan plan, string regime) => plan.Regimes.Single(r => r.Regime == regime);

    private static string Iso(DateOnly date) => date.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
}
