using System.Collections.Immutable;
using CertLang.Packs.Evaluation;
using CertLang.Packs.Model;
using CertLang.Planning.Plans;
using CertLang.Planning.Products;
using CertLang.Planning.Reports;
using CertLang.Semantics.Types;
using CertLang.TestSupport;
using CsCheck;

namespace CertLang.Planning.Tests;

/// <summary>
/// Plans at the ends of the supported dates (<see cref="PlanDates"/>) with steps up to <see cref="DurationRange.MaxDays"/>
/// long (in days, or in months of 30 days), chained by <c>requires</c>, with surveillance and validity up to the same
/// length: every report renders, or the plan is refused
/// with a <see cref="PlanInputException"/> that names the step starting before the calendar's first day; nothing else is thrown.
/// </summary>
public sealed class CalendarEdgeProperties
{
    private static readonly SourceLocation Nowhere = new("generated.cert", 1);
    private static readonly long Iterations = PropertyIterations.Read(2_000) / 8;
    private static readonly PlannedProduct Product = new("P", null, new ProductFacts("P", ImmutableSortedDictionary<string, PackValue>.Empty));
    private static readonly Gen<DateOnly> SupportedDate = Gen.OneOf(
        Gen.Const(PlanDates.First),
        Gen.Const(PlanDates.Last),
        Gen.Int[PlanDates.First.DayNumber, PlanDates.Last.DayNumber].Select(DateOnly.FromDayNumber));

    private static readonly Gen<CalendarDuration> Durations = Gen.OneOf(
        Gen.Const(default(CalendarDuration)),
        Gen.Const(new CalendarDuration(0, DurationRange.MaxDays)),
        Gen.Const(new CalendarDuration(DurationRange.MaxDays / CalendarDuration.DaysPerMonth, 0)),
        Gen.Int[0, DurationRange.MaxDays].Select(days => new CalendarDuration(0, days)),
        Gen.Int[0, DurationRange.MaxDays / CalendarDuration.DaysPerMonth].Select(months => new CalendarDuration(months, 0)));

    [Fact]
    public void Every_report_renders_or_the_step_before_the_calendar_is_named()
    {
        Gen.Select(Regimes, SupportedDate, SupportedDate).Sample((regimes, ship, today) =>
        {
            var pack = new RulePack(RulePack.CurrentFormat, new PackInfo("edge", "1.0.0", null), "", [], [], [new PackMarket("AA", null, [], [], Nowhere)], regimes, []);
            Plan plan;
            try
            {
                plan = new Planner(new PackEvaluator(pack)).Plan(new PlanRequest([Product], ["AA"], ship, today, Estimate.Pessimistic));
            }
            catch (PlanInputException e)
            {
                return e.Message.StartsWith("product 'P', regime R", StringComparison.Ordinal) && e.Message.Contains("would start before 0001-01-01", StringComparison.Ordinal);
            }

            return Enum.GetValues<PlanFormat>().All(format => PlanReports.Render(plan, format).Length > 0);
        }, iter: Iterations);
    }

    [Fact]
    public void A_schedule_reaching_before_the_first_day_of_the_calendar_is_refused_by_name()
    {
        var steps = Enumerable.Range(0, 20).Select(i => Step($"s{i}", new CalendarDuration(0, DurationRange.MaxDays), i == 0 ? [] : [$"s{i - 1}"]));
        var pack = new RulePack(RulePack.CurrentFormat, new PackInfo("edge", "1.0.0", null), "", [], [], [new PackMarket("AA", null, [], [], Nowhere)], [Regime("R0", [.. steps], [], [])], []);

        var refused = Assert.Throws<PlanInputException>(() =>
            new Planner(new PackEvaluator(pack)).Plan(new PlanRequest([Product], ["AA"], PlanDates.First, PlanDates.First, Estimate.Pessimistic)));

        Assert.StartsWith("product 'P', regime R0: step s", refused.Message, StringComparison.Ordinal);
        Assert.Contains("would start before 0001-01-01, the first day of the calendar", refused.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Dates_outside_the_supported_range_are_refused()
    {
        var pack = new RulePack(RulePack.CurrentFormat, new PackInfo("edge", "1.0.0", null), "", [], [], [new PackMarket("AA", null, [], [], Nowhere)], [], []);
        var planner = new Planner(new PackEvaluator(pack));

        Assert.Throws<PlanInputException>(() => planner.Plan(new PlanRequest([Product], ["AA"], DateOnly.MaxValue, PlanDates.Last, Estimate.Pessimistic)));
        Assert.Throws<PlanInputException>(() => planner.Plan(new PlanRequest([Product], ["AA"], PlanDates.First, DateOnly.MinValue, Estimate.Pessimistic)));
    }

    /// <summary>1–4 regimes, each requiring the one before, of 1–5 steps in a chain, with surveillance and a validity up to the longest duration.</summary>
    private static Gen<ImmutableArray<PackRegime>> Regimes =>
        Gen.Int[1, 4].SelectMany(count => Gen.Select(Durations.Array[1, 5], Durations, Durations).Array[count])
            .Select(regimes => regimes.Select((r, i) => Regime(
                $"R{i}",
                [.. r.Item1.Select((days, s) => Step($"s{s}", days, s == 0 ? [] : [$"s{s - 1}"]))],
                i == 0 ? [] : [$"R{i - 1}"],
                [new PackSurveillance("audit", r.Item2.ApproximateDays == 0 ? new CalendarDuration(0, 1) : r.Item2)],
                r.Item3)).ToImmutableArray());

    private static PackStep Step(string name, CalendarDuration duration, ImmutableArray<string> after) =>
        new(name, null, after, [new PackDuration(duration, duration, null, Nowhere)], Nowhere);

    private static PackRegime Regime(string name, ImmutableArray<PackStep> steps, ImmutableArray<string> requires, ImmutableArray<PackSurveillance> surveillance, CalendarDuration? validity = null) =>
        new(name, "AA", null, null, null, null, null, null, validity is { } v ? new DurationRange(v, v) : null, null, null,
            [new PackScopeRule("include", [], [], null, null, null, "include everything", Nowhere)],
            steps, surveillance, requires, [], Nowhere);
}
