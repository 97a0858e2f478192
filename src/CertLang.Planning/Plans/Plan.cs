using System.Collections.Immutable;
using CertLang.Packs.Evaluation;
using CertLang.Planning.Reports;
using CertLang.Semantics.Symbols;

namespace CertLang.Planning.Plans;

/// <summary>What to plan: products, target markets, the shipment date, today, and how to read duration ranges.</summary>
public sealed record PlanRequest(
    ImmutableArray<Products.PlannedProduct> Products,
    ImmutableArray<string> Markets,
    DateOnly Ship,
    DateOnly Today,
    Estimate Estimate);

/// <summary>Which end of a step's duration range the schedule uses.</summary>
public enum Estimate
{
    /// <summary>The maximum (the default: plans are made not to be late).</summary>
    Pessimistic,

    /// <summary>The midpoint of the range (docs/language.md, "Meaning": durations).</summary>
    Expected,

    /// <summary>The minimum.</summary>
    Optimistic,
}

/// <summary>A certification plan: for each product, which regimes apply in each target market and when each must start.</summary>
public sealed record Plan(PlanPack Pack, DateOnly Ship, DateOnly Today, Estimate Estimate, ImmutableArray<ProductPlan> Products)
{
    /// <summary>What the reader should know of the request itself: a shipment date already past.</summary>
    public ImmutableArray<string> Warnings => Ship < Today
        ? [$"the shipment date {PlanWording.Iso(Ship)} is before today ({PlanWording.Iso(Today)}): every product with something to certify is late"]
        : [];
}

/// <summary>The pack a plan was made from.</summary>
public sealed record PlanPack(string Name, string Version, string Hash);

/// <summary>
/// One product's plan: its verdict and what makes it so, the earliest start of the regimes that could be planned, and the
/// chain that sets it (docs/language.md, "Planning: verdicts").
/// </summary>
/// <param name="Id">The product's id.</param>
/// <param name="Name">The product's name, if given.</param>
/// <param name="Category">How the category was inferred from the HS code, when it was.</param>
/// <param name="Verdict">On track, late or incomplete.</param>
/// <param name="Gaps">The regimes that keep the plan from being complete, in market order.</param>
/// <param name="StartBy">The earliest start of the planned regimes; null when none is planned. With gaps, the real start may be earlier.</param>
/// <param name="LateByDays">How many days before today <see cref="StartBy"/> is (0 when it is not).</param>
/// <param name="EarliestShip">For a late product, the earliest date it can ship: every planned regime scheduled forward from today.</param>
/// <param name="CriticalPath">The steps that set <see cref="StartBy"/>.</param>
/// <param name="Markets">The markets whose regimes apply, each listed once with the target markets it serves.</param>
public sealed record ProductPlan(
    string Id,
    string? Name,
    CategoryInference? Category,
    Verdict Verdict,
    ImmutableArray<PlanGap> Gaps,
    DateOnly? StartBy,
    int LateByDays,
    DateOnly? EarliestShip,
    ImmutableArray<CriticalStep> CriticalPath,
    ImmutableArray<MarketPlan> Markets)
{
    /// <summary>Every attribute an undetermined regime needs that the product lacks, in name order.</summary>
    public ImmutableArray<string> Missing => [.. Gaps.SelectMany(g => g.Missing).Distinct().Order(StringComparer.Ordinal)];

    /// <summary>Every regime of the plan, market by market.</summary>
    public IEnumerable<RegimePlan> Regimes => Markets.SelectMany(m => m.Regimes);
}

/// <summary>A step on the critical path.</summary>
public sealed record CriticalStep(string Market, string Regime, string Step);

/// <summary>
/// A market whose regimes apply to the product (a bloc is one market however many of its members are targeted): the
/// target markets it serves, its regimes, and what the pack says it does not cover there.
/// </summary>
/// <param name="Market">The market the regimes are declared in.</param>
/// <param name="Serves">The target markets it serves, in request order: itself, or the members of a bloc that were targeted.</param>
/// <param name="StartBy">The earliest start of its planned regimes; null when none is planned.</param>
/// <param name="Regimes">Its regimes, in pack order.</param>
/// <param name="NotCovered">What the pack says it does not cover in this market (<c>not covered "…"</c>), in source order.</param>
public sealed record MarketPlan(string Market, ImmutableArray<string> Serves, DateOnly? StartBy, ImmutableArray<RegimePlan> Regimes, ImmutableArray<string> NotCovered);

/// <summary>One regime for one product in one market: its decision, and its schedule when it is required.</summary>
/// <param name="Decision">Whether the regime applies and why, as <see cref="PackEvaluator.Decide(string, ProductFacts, DateOnly, AcceptancePolicy)"/> made it.</param>
/// <param name="StartBy">When its first step must start; null when it is not scheduled.</param>
/// <param name="EarliestShip">For a late product, the earliest date its certificate can be in hand, scheduled forward from today.</param>
/// <param name="Steps">Its scheduled steps; empty when it is not scheduled.</param>
/// <param name="Surveillance">Its follow-up checks, counted from the certificate; empty when it is not scheduled.</param>
/// <param name="Renewal">When the certificate runs out and its renewal must start; null when it is not scheduled or states no validity.</param>
public sealed record RegimePlan(
    RegimeDecision Decision,
    DateOnly? StartBy,
    DateOnly? EarliestShip,
    ImmutableArray<ScheduledStep> Steps,
    ImmutableArray<SurveillanceDue> Surveillance,
    Renewal? Renewal)
{
    /// <summary>The regime's name.</summary>
    public string Regime => Decision.Regime.Name;

    /// <summary>The market the regime is declared in (a bloc for a bloc's regime).</summary>
    public string Market => Decision.Regime.Market;

    /// <summary>The regime's status for the product.</summary>
    public RegimeStatus Status => Decision.Status;

    /// <summary>The regime accepted in its place, when the status is satisfied-by.</summary>
    public string? SatisfiedBy => Decision.SatisfiedBy?.Regime;

    /// <summary>Whether the regime is required but the pack gives it no steps, so it cannot be scheduled.</summary>
    public bool HasNoLeadTime => Status == RegimeStatus.Required && Decision.Regime.Steps.IsEmpty;
}

/// <summary>A scheduled step: its dates (end exclusive of nothing: the step runs from start to end) and its length in days.</summary>
public sealed record ScheduledStep(string Step, string? Title, DateOnly Start, DateOnly End, int Days);

/// <summary>A follow-up check due during the certificate's validity.</summary>
public sealed record SurveillanceDue(string? Title, DateOnly Due);

/// <summary>A certificate's renewal: the day it runs out, and the day its renewal must start to be done by then (the same lead time as the first).</summary>
public sealed record Renewal(DateOnly Expires, DateOnly StartBy);
