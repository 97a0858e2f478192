using System.Collections.Immutable;
using CertLang.Packs.Evaluation;
using CertLang.Packs.Model;
using CertLang.Planning.Products;
using CertLang.Planning.Scheduling;
using CertLang.Semantics.Symbols;
using CertLang.Semantics.Types;
using CertLang.Syntax.Text;
using static CertLang.Planning.Reports.PlanWording;

namespace CertLang.Planning.Plans;

/// <summary>
/// Plans certifications (docs/language.md, "Planning"): for each product and target market (with the blocs it belongs
/// to), every regime's status at the shipment date, and for the required ones a schedule planned backwards from the
/// shipment date, markets and regimes in parallel, <c>requires</c> honoured. Products are planned in parallel on all
/// cores.
/// </summary>
public sealed class Planner
{
    private readonly PackEvaluator _evaluator;
    private readonly RulePack _pack;
    private readonly Dictionary<string, PackRegime> _regimes;
    private readonly Dictionary<string, PackMarket> _markets;
    private readonly string[] _targets;

    /// <summary>A planner for the evaluator's pack.</summary>
    public Planner(PackEvaluator evaluator)
    {
        _evaluator = evaluator;
        _pack = evaluator.Pack;
        _regimes = _pack.Regimes.ToDictionary(r => r.Name, StringComparer.Ordinal);
        _markets = _pack.Markets.ToDictionary(m => m.Name, StringComparer.Ordinal);
        _targets = [.. _pack.Markets.Select(m => m.Name).Concat(_pack.Markets.SelectMany(m => m.Members)).Distinct(StringComparer.Ordinal)];
    }

    /// <summary>The plan of <paramref name="request"/>; <paramref name="planned"/> is told of each product done.</summary>
    public Plan Plan(PlanRequest request, IProgress<int>? planned = null)
    {
        if (!PlanDates.Contains(request.Ship) || !PlanDates.Contains(request.Today))
        {
            throw new PlanInputException($"plans are made for dates from {PlanDates.Range}, not for shipment on {Iso(request.Ship)} with today {Iso(request.Today)}");
        }

        var targets = request.Markets.Select(m => NameLookup.Resolve(m, _targets, "target market")).Distinct(StringComparer.Ordinal);
        var markets = MarketsServing(targets.Select(ResolveMarket));
        var policy = AcceptancePolicy.InMarkets(markets.Select(m => m.Market));
        var regimes = _evaluator.RegimesIn(markets.Select(m => m.Market));
        var plans = new ProductPlan[request.Products.Length];
        var done = 0;
        try
        {
            Parallel.For(0, plans.Length, i =>
            {
                plans[i] = PlanProduct(request.Products[i], markets, regimes, policy, request);
                planned?.Report(Interlocked.Increment(ref done));
            });
        }
        catch (AggregateException e) when (e.InnerExceptions.All(inner => inner is PlanInputException))
        {
            throw new PlanInputException(string.Join(Environment.NewLine, e.InnerExceptions.Select(inner => inner.Message).Distinct().Order(StringComparer.Ordinal)));
        }

        return new Plan(new PlanPack(_pack.Pack.Name, _pack.Pack.Version, _pack.Hash), request.Ship, request.Today, request.Estimate, [.. plans]);
    }

    /// <summary>A target market the pack knows and the markets whose regimes apply there: itself if declared, and every bloc it is a member of.</summary>
    private (string Target, ImmutableArray<string> Markets) ResolveMarket(string target) =>
        (target, [.. _pack.Markets.Where(m => m.Name == target || m.Members.Contains(target)).Select(m => m.Name)]);

    /// <summary>
    /// The pack markets whose regimes apply to the targets, each once (a bloc however many of its members are targeted),
    /// with the targets it serves, in the order the targets first reach them.
    /// </summary>
    private ImmutableArray<ServedMarket> MarketsServing(IEnumerable<(string Target, ImmutableArray<string> Markets)> targets)
    {
        var serves = new Dictionary<string, ImmutableArray<string>.Builder>(StringComparer.Ordinal);
        var order = new List<string>();
        foreach (var (target, markets) in targets)
        {
            foreach (var market in markets)
            {
                if (!serves.TryGetValue(market, out var served))
                {
                    serves[market] = served = ImmutableArray.CreateBuilder<string>();
                    order.Add(market);
                }

                served.Add(target);
            }
        }

        return [.. order.Select(market => new ServedMarket(market, serves[market].ToImmutable(), [.. _evaluator.RegimesIn([market]).Names.Select(r => _regimes[r])]))];
    }

    private ProductPlan PlanProduct(PlannedProduct product, ImmutableArray<ServedMarket> markets, RegimeSelection regimes, AcceptancePolicy policy, PlanRequest request)
    {
        try
        {
            return ScheduleProduct(product, markets, regimes, policy, request);
        }
        catch (PlanInputException e)
        {
            throw new PlanInputException($"product '{DisplayText.Safe(product.Id)}', {e.Message}");
        }
    }

    private ProductPlan ScheduleProduct(PlannedProduct product, ImmutableArray<ServedMarket> served, RegimeSelection selection, AcceptancePolicy policy, PlanRequest request)
    {
        var facts = _evaluator.Prepare(product.Facts);
        var decisions = _evaluator.Decisions(facts, selection, request.Ship, policy).ToDictionary(d => d.Regime.Name, StringComparer.Ordinal);
        var regimes = RecognitionSteps.Apply(_regimes, decisions.Values);
        var scheduled = decisions.Values.Where(d => (d.Status == RegimeStatus.Required && !d.Regime.Steps.IsEmpty) || RecognitionSteps.IsRecognised(d))
            .Select(d => d.Regime.Name).ToHashSet(StringComparer.Ordinal);
        CalendarDuration duration(PackStep step) => StepScheduler.Duration(_evaluator.DurationOf(step, facts), request.Estimate);
        var schedule = new ProductSchedule(regimes, scheduled, duration, request.Ship);
        var startBy = schedule.EarliestStart;
        var late = startBy is { } start && start < request.Today ? request.Today.DayNumber - start.DayNumber : 0;
        var forward = late > 0 ? new ForwardScheduler(regimes, scheduled, (step, from) => duration(step).After(from), request.Today) : null;

        var markets = served.Select(m =>
        {
            var plans = m.Regimes.Select(r => RegimePlan(decisions[r.Name], regimes[r.Name], schedule, forward)).ToImmutableArray();
            return new MarketPlan(m.Market, m.Serves, plans.Select(r => r.StartBy).Min(), plans, _markets[m.Market].NotCovered);
        }).ToImmutableArray();

        var critical = schedule.CriticalPath().Select(s => new CriticalStep(_regimes[s.Regime].Market, s.Regime, s.Step));
        var gaps = Gaps(markets);
        var verdict = late > 0 ? Verdict.Late : gaps.IsEmpty ? Verdict.OnTrack : Verdict.Incomplete;
        var earliestShip = forward is null ? (DateOnly?)null : scheduled.Max(forward.CertifiedBy);
        return new ProductPlan(product.Id, product.Name, product.Category, verdict, gaps, startBy, late, earliestShip, [.. critical], markets);
    }

    /// <summary>The regimes that keep the plan from being complete: undetermined ones, and required ones with no lead time.</summary>
    private static ImmutableArray<PlanGap> Gaps(ImmutableArray<MarketPlan> markets) =>
        [.. markets.SelectMany(m => m.Regimes).Select(r => r switch
        {
            { Status: RegimeStatus.Undetermined } => new PlanGap(PlanGapKind.Undetermined, r.Market, r.Regime, r.Decision.Missing),
            { HasNoLeadTime: true } => new PlanGap(PlanGapKind.NoLeadTime, r.Market, r.Regime, []),
            _ => null,
        }).OfType<PlanGap>()];

    /// <summary>
    /// A regime's plan, <paramref name="planned"/> being the regime as scheduled (its recognition step when one stands in
    /// for its process): a scheduled regime's certificate is issued when its last step ends, and its follow-ups count from then.
    /// </summary>
    private static RegimePlan RegimePlan(RegimeDecision decision, PackRegime planned, ProductSchedule schedule, ForwardScheduler? forward)
    {
        var steps = schedule.StepsOf(planned.Name);
        if (steps.IsDefault)
        {
            return new RegimePlan(decision, null, null, [], [], null);
        }

        var start = schedule.StartOf(planned.Name);
        var certificate = steps.Max(s => s.End);
        return new RegimePlan(decision, start, forward?.CertifiedBy(planned.Name), steps, FollowUps.Surveillance(planned, certificate),
            FollowUps.RenewalOf(planned, start, certificate));
    }

    /// <summary>A pack market, the target markets it serves, and its regimes in pack order: found once per plan, not per product.</summary>
    private sealed record ServedMarket(string Market, ImmutableArray<string> Serves, ImmutableArray<PackRegime> Regimes);
}
