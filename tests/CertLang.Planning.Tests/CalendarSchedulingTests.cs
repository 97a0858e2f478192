using System.Collections.Immutable;
using CertLang.Packs.Evaluation;
using CertLang.Packs.Model;
using CertLang.Planning.Plans;
using CertLang.Planning.Products;
using CertLang.Planning.Scheduling;
using CertLang.Semantics.Types;
using CertLang.TestSupport;

namespace CertLang.Planning.Tests;

/// <summary>
/// Schedules in calendar time, with hand-computed dates (docs/language.md, "Meaning"): months are taken from dates with
/// month arithmetic, weeks are 7 days, the expected estimate is the midpoint rule, and surveillance falls due on the
/// anniversaries of the shipment date.
/// </summary>
public sealed class CalendarSchedulingTests
{
    private static readonly SourceLocation Nowhere = new("pack.cert", 1);

    [Theory]
    [InlineData(3, 0, "2027-05-31", "2027-02-28", 92)]
    [InlineData(3, 0, "2027-03-31", "2026-12-31", 90)]
    [InlineData(0, 14, "2027-06-01", "2027-05-18", 14)]
    [InlineData(12, 0, "2028-02-29", "2027-02-28", 366)]
    public void A_step_starts_its_duration_before_its_end_and_counts_the_days_between(int months, int days, string end, string start, int length)
    {
        var regime = Regime([Step("only", new(months, days), new(months, days))]);

        var step = StepScheduler.Schedule(regime, s => s.Takes[0].Max, DateOnly.Parse(end)).Single();

        Assert.Equal((DateOnly.Parse(start), DateOnly.Parse(end), length), (step.Start, step.End, step.Days));
    }

    [Fact]
    public void Chained_steps_in_months_each_take_their_months_from_the_start_of_the_next()
    {
        var regime = Regime([Step("first", new(1, 0), new(1, 0)), Step("second", new(1, 0), new(1, 0), "first")]);

        var steps = StepScheduler.Schedule(regime, s => s.Takes[0].Max, new DateOnly(2027, 3, 31));

        Assert.Equal([("first", "2027-01-28", "2027-02-28"), ("second", "2027-02-28", "2027-03-31")], steps.Select(s => (s.Step, Iso(s.Start), Iso(s.End))));
    }

    [Theory]
    [InlineData(Estimate.Optimistic, 1, 0)]
    [InlineData(Estimate.Expected, 1, 15)]
    [InlineData(Estimate.Pessimistic, 2, 0)]
    public void An_estimate_picks_the_minimum_the_midpoint_or_the_maximum_of_a_range(Estimate estimate, int months, int days)
    {
        var range = new PackDuration(new(1, 0), new(2, 0), null, Nowhere);

        Assert.Equal(new CalendarDuration(months, days), StepScheduler.Duration(range, estimate));
    }

    [Fact]
    public void The_expected_plan_of_a_range_in_months_ends_its_half_month_as_15_days()
    {
        var plan = Plan(Regime([Step("review", new(1, 0), new(2, 0))]), new DateOnly(2027, 6, 1), Estimate.Expected);

        Assert.Equal("2027-04-16", Iso(plan.StartBy!.Value));
    }

    [Fact]
    public void Surveillance_every_year_falls_due_on_the_anniversaries_of_the_shipment_date()
    {
        var regime = Regime([Step("apply", new(0, 7), new(0, 7))]) with { Validity = Exactly(new(36, 0)), Surveillance = [new PackSurveillance("Audit", new(12, 0))] };

        var plan = Plan(regime, new DateOnly(2027, 2, 28), Estimate.Pessimistic);

        Assert.Equal(["2028-02-28", "2029-02-28", "2030-02-28"], plan.Markets.Single().Regimes.Single().Surveillance.Select(s => Iso(s.Due)));
    }

    [Fact]
    public void Surveillance_every_month_from_the_end_of_january_keeps_to_the_end_of_each_month()
    {
        var regime = Regime([Step("apply", new(0, 7), new(0, 7))]) with { Validity = Exactly(new(3, 0)), Surveillance = [new PackSurveillance(null, new(1, 0))] };

        var plan = Plan(regime, new DateOnly(2027, 1, 31), Estimate.Pessimistic);

        Assert.Equal(["2027-02-28", "2027-03-31", "2027-04-30"], plan.Markets.Single().Regimes.Single().Surveillance.Select(s => Iso(s.Due)));
    }

    [Fact]
    public void Without_a_validity_only_the_first_check_is_listed_and_a_longer_interval_than_the_validity_still_lists_it()
    {
        var withoutValidity = Regime([Step("apply", new(0, 7), new(0, 7))]) with { Surveillance = [new PackSurveillance(null, new(0, 14))] };
        var shortValidity = withoutValidity with { Validity = Exactly(new(0, 7)) };

        Assert.Equal(["2027-06-15"], Plan(withoutValidity, new DateOnly(2027, 6, 1), Estimate.Pessimistic).Markets.Single().Regimes.Single().Surveillance.Select(s => Iso(s.Due)));
        Assert.Equal(["2027-06-15"], Plan(shortValidity, new DateOnly(2027, 6, 1), Estimate.Pessimistic).Markets.Single().Regimes.Single().Surveillance.Select(s => Iso(s.Due)));
    }

    private static DurationRange Exactly(CalendarDuration validity) => new(validity, validity);

    private static ProductPlan Plan(PackRegime regime, DateOnly ship, Estimate estimate)
    {
        var pack = new RulePack(RulePack.CurrentFormat, new PackInfo("calendar", "1.0.0", null), "", [], [], [new PackMarket("AA", null, [], [], Nowhere)], [regime], []);
        var product = new PlannedProduct("P", null, new ProductFacts("P", ImmutableSortedDictionary<string, PackValue>.Empty));
        return new Planner(new PackEvaluator(pack)).Plan(new PlanRequest([product], ["AA"], ship, ship, estimate)).Products.Single();
    }

    private static PackStep Step(string name, CalendarDuration min, CalendarDuration max, params string[] after) =>
        new(name, null, [.. after], [new PackDuration(min, max, null, Nowhere)], Nowhere);

    private static PackRegime Regime(ImmutableArray<PackStep> steps) =>
        new("R", "AA", null, null, null, null, null, null, null, null, null,
            [new PackScopeRule("include", [], [], null, null, null, "include everything", Nowhere)], steps, [], [], [], Nowhere);

    private static string Iso(DateOnly date) => date.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
}
