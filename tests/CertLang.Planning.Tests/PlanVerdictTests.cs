using System.Collections.Immutable;
using System.Text;
using CertLang.Packs.Evaluation;
using CertLang.Packs.Model;
using CertLang.Planning.Plans;
using CertLang.Planning.Products;
using CertLang.Planning.Reports;
using CertLang.Semantics.Symbols;
using CertLang.TestSupport;

namespace CertLang.Planning.Tests;

/// <summary>
/// Plans a planner can trust, hand-computed: verdicts with their gaps, regimes without lead time, blocs planned once,
/// the earliest ship date of a late product, the category from an HS code, and a shipment date already past.
/// </summary>
public sealed class PlanVerdictTests
{
    private const string Pack = """
        pack v version 1.0.0
        attribute rated_voltage: voltage
        category appliance hs 8516 {
          category kettle hs 8516.79
          category heater hs 8516.10
          category boiler hs 8516.10
        }
        market CN { not covered "SRRC radio type approval is not modelled; plan it separately" }
        market US
        market EU { members DE, FR }

        regime CCC in CN {
          scope { include appliance where rated_voltage <= 250 V }
          process {
            step apply "Apply" takes 2 weeks
            step test "Test" takes 6 weeks after apply
          }
        }
        regime NRTL in US { scope { include appliance } }
        regime LVD in EU {
          scope { include appliance }
          process {
            step t "Test" takes 3 weeks
            step d "Declare" takes 1 week after t
          }
        }
        """;

    private static readonly RulePack RulePack = PackCompiler.Build(PackCompiler.Compile(("pack.cert", Pack)));
    private static readonly Planner Planner = new(new PackEvaluator(RulePack));
    private static readonly DateOnly Ship = new(2027, 6, 1);
    private static readonly DateOnly Today = new(2026, 12, 6);

    [Fact]
    public void A_missing_attribute_makes_the_plan_incomplete_and_its_start_by_covers_only_what_is_planned()
    {
        var plan = PlanOne(Kettle(volts: null), ["CN", "DE"]);

        Assert.Equal(Verdict.Incomplete, plan.Verdict);
        var gap = Assert.Single(plan.Gaps);
        Assert.Equal((PlanGapKind.Undetermined, "CN", "CCC"), (gap.Kind, gap.Market, gap.Regime));
        Assert.Equal(["rated_voltage"], plan.Missing.ToArray());
        Assert.Equal("CCC (CN) is undetermined: the product lacks rated_voltage", gap.Text);
        Assert.Equal("2027-05-04", Iso(plan.StartBy));
        Assert.Equal(0, plan.LateByDays);
        Assert.Null(plan.EarliestShip);
    }

    [Fact]
    public void Filled_in_the_same_product_is_late_and_gets_its_earliest_ship_date_scheduled_forward_from_today()
    {
        var plan = PlanOne(Kettle(volts: 230), ["CN", "DE"], today: new DateOnly(2027, 4, 10));

        Assert.Equal((Verdict.Late, 4, "2027-04-06"), (plan.Verdict, plan.LateByDays, Iso(plan.StartBy)));
        Assert.Equal("2027-06-05", Iso(plan.EarliestShip));
        Assert.Equal("2027-06-05", Iso(Regime(plan, "CCC").EarliestShip));
        Assert.Equal("2027-05-08", Iso(Regime(plan, "LVD").EarliestShip));
        Assert.Empty(plan.Gaps);
    }

    [Fact]
    public void A_required_regime_without_a_process_is_a_gap_and_sets_no_start()
    {
        var plan = PlanOne(Kettle(volts: 230), ["US", "DE"]);

        var nrtl = Regime(plan, "NRTL");
        Assert.Equal((RegimeStatus.Required, true, null), (nrtl.Status, nrtl.HasNoLeadTime, nrtl.StartBy));
        Assert.Equal((Verdict.Incomplete, PlanGapKind.NoLeadTime), (plan.Verdict, Assert.Single(plan.Gaps).Kind));
        Assert.Equal("2027-05-04", Iso(plan.StartBy));
    }

    [Fact]
    public void Late_and_incomplete_is_late_with_its_gaps_listed()
    {
        var plan = PlanOne(Kettle(volts: 230), ["CN", "US"], today: new DateOnly(2027, 4, 10));

        Assert.Equal(Verdict.Late, plan.Verdict);
        Assert.Equal("NRTL", Assert.Single(plan.Gaps).Regime);
    }

    [Fact]
    public void Nothing_required_and_nothing_undetermined_is_on_track()
    {
        var plan = PlanOne(Kettle(volts: 400), ["CN"]);

        Assert.Equal((Verdict.OnTrack, null), (plan.Verdict, plan.StartBy));
    }

    [Fact]
    public void A_bloc_is_one_project_however_many_of_its_members_are_targeted()
    {
        var plan = PlanOne(Kettle(volts: 230), ["DE", "FR", "EU", "CN"]);

        Assert.Equal([("EU", "DE,FR,EU"), ("CN", "CN")], plan.Markets.Select(m => (m.Market, string.Join(",", m.Serves))));
        Assert.Single(plan.Regimes, r => r.Regime == "LVD");
        Assert.All(plan.CriticalPath, step => Assert.Equal("CN", step.Market));
        var lvd = Regime(plan, "LVD");
        Assert.Equal(["2027-05-04", "2027-05-25"], lvd.Steps.Select(s => Iso(s.Start)));
    }

    [Theory]
    [InlineData("8516.79", "kettle", "8516.79")]
    [InlineData("8516.79.00", "kettle", "8516.79")]
    [InlineData("8516.40", "appliance", "8516")]
    public void A_product_with_an_hs_code_and_no_category_gets_the_category_of_the_longest_matching_code(string hs, string category, string code)
    {
        var product = Read($$"""{ "id": "P", "hs": "{{hs}}", "attributes": { "rated_voltage": "230 V" } }""");

        Assert.Equal((category, code), (product.Category!.Category, product.Category.Code));
        Assert.Equal(category, product.Facts["category"]!.Text);
        var plan = PlanOne(product, ["CN"]);
        Assert.Equal(RegimeStatus.Required, Regime(plan, "CCC").Status);
        Assert.Same(product.Category, plan.Category);
    }

    [Fact]
    public void Codes_that_match_equally_leave_the_category_undetermined_and_list_the_candidates()
    {
        var product = Read("""{ "id": "P", "hs": "8516.10", "attributes": { "rated_voltage": "230 V" } }""");

        Assert.Null(product.Category!.Category);
        Assert.Equal(["boiler", "heater"], product.Category.Candidates.ToArray());
        var plan = PlanOne(product, ["CN"]);
        Assert.Equal(Verdict.Incomplete, plan.Verdict);
        Assert.Equal(["category"], plan.Missing.ToArray());
    }

    [Fact]
    public void A_named_category_is_kept_whatever_the_hs_code_says()
    {
        var product = Read("""{ "id": "P", "category": "heater", "hs": "8516.79" }""");

        Assert.Null(product.Category);
        Assert.Equal("heater", product.Facts["category"]!.Text);
    }

    [Fact]
    public void A_shipment_date_before_today_is_warned_about_and_makes_every_product_with_a_schedule_late()
    {
        var plan = Planner.Plan(new PlanRequest([Kettle(volts: 230)], ["DE"], new DateOnly(2026, 12, 1), Today, Estimate.Pessimistic));

        Assert.Equal(["the shipment date 2026-12-01 is before today (2026-12-06): every product with something to certify is late"], plan.Warnings.ToArray());
        Assert.Equal((Verdict.Late, "2027-01-03"), (plan.Products[0].Verdict, Iso(plan.Products[0].EarliestShip)));
    }

    [Theory]
    [InlineData(PlanFormat.Text)]
    [InlineData(PlanFormat.Json)]
    [InlineData(PlanFormat.Markdown)]
    [InlineData(PlanFormat.Html)]
    public void What_the_pack_does_not_cover_in_a_market_is_shown_in_every_format(PlanFormat format)
    {
        var plan = Planner.Plan(new PlanRequest([Kettle(volts: 230)], ["CN", "DE"], Ship, Today, Estimate.Pessimistic));

        Assert.Equal(["SRRC radio type approval is not modelled; plan it separately"], plan.Products[0].Markets.Single(m => m.Market == "CN").NotCovered.ToArray());
        Assert.Empty(plan.Products[0].Markets.Single(m => m.Market == "EU").NotCovered);
        Assert.Contains("SRRC radio type approval is not modelled; plan it separately", PlanReports.Render(plan, format), StringComparison.Ordinal);
    }

    private static ProductPlan PlanOne(PlannedProduct product, string[] markets, DateOnly? today = null) =>
        Planner.Plan(new PlanRequest([product], [.. markets], Ship, today ?? Today, Estimate.Pessimistic)).Products.Single();

    private static RegimePlan Regime(ProductPlan plan, string regime) => plan.Regimes.Single(r => r.Regime == regime);

    private static PlannedProduct Read(string json) => ProductReader.Read(RulePack, [("product.json", Encoding.UTF8.GetBytes(json))]).Single();

    private static PlannedProduct Kettle(int? volts)
    {
        var facts = ImmutableSortedDictionary.CreateBuilder<string, PackValue>(StringComparer.Ordinal);
        facts["category"] = new PackValue(Text: "kettle");
        if (volts is { } v)
        {
            facts["rated_voltage"] = new PackValue(Number: v, Unit: "V");
        }

        return new PlannedProduct("K-1", "Kettle", new ProductFacts("K-1", facts.ToImmutable()));
    }

    private static string Iso(DateOnly? date) => date?.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture) ?? "none";
}
