using System.Collections.Immutable;
using CertLang.Packs.Evaluation;
using CertLang.Packs.Model;
using CertLang.Planning.Plans;
using CertLang.Planning.Products;
using CertLang.Semantics.Types;
using CertLang.TestSupport;
using CsCheck;

namespace CertLang.Planning.Tests;

/// <summary>
/// Properties of backward scheduling over random packs (random step graphs, durations, <c>requires</c> between regimes,
/// regimes spread over markets): no step starts before its predecessors end, nothing ends after the shipment date, a
/// longer step never makes a plan start later, and another target market never makes it start later.
/// </summary>
public sealed class ScheduleProperties
{
    private static readonly DateOnly Ship = new(2027, 6, 1);
    private static readonly SourceLocation Nowhere = new("generated.cert", 1);
    private static readonly long Iterations = PropertyIterations.Read(2_000) / 4;
    private static readonly PlannedProduct Product = new("P", null, new ProductFacts("P", ImmutableSortedDictionary<string, PackValue>.Empty));
    private static readonly string[] MarketNames = ["AA", "BB", "CC", "DD"];

    [Fact]
    public void No_step_starts_before_its_predecessors_end_and_nothing_ends_after_shipment()
    {
        Packs.Sample(pack =>
        {
            var plan = PlanOf(pack, MarketNames);
            foreach (var regime in plan.Markets.SelectMany(m => m.Regimes).Where(r => r.StartBy is not null))
            {
                var definition = pack.Regimes.Single(r => r.Name == regime.Regime);
                var steps = regime.Steps.ToDictionary(s => s.Step);
                foreach (var step in definition.Steps)
                {
                    var scheduled = steps[step.Name];
                    if (scheduled.End > Ship || scheduled.Start > scheduled.End || step.After.Any(p => steps[p].End > scheduled.Start))
                    {
                        return false;
                    }
                }

                var requiredBy = pack.Regimes.Where(r => r.Requires.Contains(regime.Regime)).Select(r => r.Name).ToHashSet();
                var requirers = plan.Markets.SelectMany(m => m.Regimes).Where(r => requiredBy.Contains(r.Regime) && r.StartBy is not null);
                if (requirers.Any(r => regime.Steps.Any(s => s.End > r.StartBy)))
                {
                    return false;
                }
            }

            return true;
        }, iter: Iterations);
    }

    [Fact]
    public void A_longer_step_never_gives_a_later_start()
    {
        Gen.Select(Packs, Gen.Int[0, int.MaxValue], Gen.Int[1, 60]).Sample((pack, pick, extra) =>
        {
            var steps = pack.Regimes.SelectMany(r => r.Steps.Select(s => (Regime: r, Step: s))).ToList();
            var (regime, step) = steps[pick % steps.Count];
            var longer = step with { Takes = [.. step.Takes.Select(t => t with { Min = t.Min + new CalendarDuration(0, extra), Max = t.Max + new CalendarDuration(0, extra) })] };
            var changed = pack with { Regimes = pack.Regimes.Replace(regime, regime with { Steps = regime.Steps.Replace(step, longer) }) };

            return PlanOf(changed, MarketNames).StartBy <= PlanOf(pack, MarketNames).StartBy;
        }, iter: Iterations);
    }

    [Fact]
    public void Another_target_market_never_gives_a_later_start()
    {
        Gen.Select(Packs, Gen.Int[1, 3]).Sample((pack, count) =>
        {
            var fewer = PlanOf(pack, MarketNames[..count]).StartBy;
            var more = PlanOf(pack, MarketNames[..(count + 1)]).StartBy;
            return fewer is null || more <= fewer;
        }, iter: Iterations);
    }

    private static ProductPlan PlanOf(RulePack pack, string[] markets) =>
        new Planner(new PackEvaluator(pack)).Plan(new PlanRequest([Product], [.. markets], Ship, Ship, Estimate.Pessimistic)).Products.Single();

    /// <summary>Packs of 1–6 regimes over four markets; steps only follow earlier steps and regimes only require earlier regimes, so both graphs are acyclic.</summary>
    private static readonly Gen<RulePack> Packs =
        Gen.Int[1, 6].SelectMany(count => Gen.Select(Gen.Int[0, 3].Array[count], Regime.Array[count], Gen.Int[0, int.MaxValue].Array[count]))
            .Select((markets, regimes, links) => new RulePack(
                RulePack.CurrentFormat,
                new PackInfo("generated", "1.0.0", null),
                "",
                [],
                [],
                [.. MarketNames.Select(m => new PackMarket(m, null, [], [], Nowhere))],
                [.. regimes.Select((r, i) => r with
                {
                    Name = $"R{i}",
                    Market = MarketNames[markets[i]],
                    Requires = i == 0 || links[i] % 3 != 0 ? [] : [$"R{links[i] % i}"],
                })],
                []));

    private static Gen<PackRegime> Regime =>
        Gen.Int[1, 6].SelectMany(count => Gen.Select(Gen.Int[0, 90].Array[count], Gen.Int[0, 30].Array[count], Gen.Int[0, int.MaxValue].Array[count]))
            .Select((minimums, spreads, links) => new PackRegime(
                "R", "AA", null, null, null, null, null, null, null, null, null,
                [new PackScopeRule("include", [], [], null, null, null, "include everything", Nowhere)],
                [.. minimums.Select((minimum, i) => new PackStep(
                    $"s{i}",
                    null,
                    i == 0 ? [] : [.. Enumerable.Range(0, i).Where(p => (links[i] >> p & 1) == 1).Select(p => $"s{p}")],
                    [new PackDuration(new(0, minimum), new(0, minimum + spreads[i]), null, Nowhere)],
                    Nowhere))],
                [],
                [],
                [],
                Nowhere));
}
