using System.Collections.Immutable;
using CertLang.Packs.Evaluation;
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

    /// <summary>The midpoint, rounded up to whole days.</summary>
    Expected,

    /// <summary>The minimum.</summary>
    Optimistic,
}

/// <summary>A certification plan: for each product, which regimes apply in each target market and when each must start.</summary>
public sealed record Plan(PlanPack Pack, DateOnly Ship, DateOnly Today, Estimate Estimate, ImmutableArray<ProductPlan> Products);

/// <summary>The pack a plan was made from.</summary>
public sealed record PlanPack(string Name, string Version, string Hash);

/// <summary>One product's plan: the earliest start of all its required regimes, whether that is still possible, and the chain that sets it.</summary>
public sealed record ProductPlan(
    string Id,
    string? Name,
    DateOnly? StartBy,
    bool Feasible,
    int LateByDays,
    ImmutableArray<CriticalStep> CriticalPath,
    ImmutableArray<MarketPlan> Markets);

/// <summary>A step on the critical path.</summary>
public sealed record CriticalStep(string Market, string Regime, string Step);

/// <summary>One target market of a product: the regimes of the market and of its blocs.</summary>
public sealed record MarketPlan(string Market, DateOnly? StartBy, ImmutableArray<RegimePlan> Regimes);

/// <summary>One regime for one product in one market: its decision, and its schedule when it is required.</summary>
/// <param name="Decision">Whether the regime applies and why, as <see cref="PackEvaluator.Decide"/> made it.</param>
/// <param name="StartBy">When its first step must start; null when it is not scheduled.</param>
/// <param name="Steps">Its scheduled steps; empty when it is not scheduled.</param>
/// <param name="Surveillance">Its follow-up checks; empty when it is not scheduled.</param>
public sealed record RegimePlan(
    RegimeDecision Decision,
    DateOnly? StartBy,
    ImmutableArray<ScheduledStep> Steps,
    ImmutableArray<SurveillanceDue> Surveillance)
{
    /// <summary>The regime's name.</summary>
    public string Regime => Decision.Regime.Name;

    /// <summary>The market the regime is declared in (a bloc for a bloc's regime).</summary>
    public string Market => Decision.Regime.Market;

    /// <summary>The regime's status for the product.</summary>
    public RegimeStatus Status => Decision.Status;

    /// <summary>The regime accepted in its place, when the status is satisfied-by.</summary>
    public string? SatisfiedBy => Decision.SatisfiedBy?.Regime;
}

/// <summary>A scheduled step: its dates (end exclusive of nothing: the step runs from start to end) and its length in days.</summary>
public sealed record ScheduledStep(string Step, string? Title, DateOnly Start, DateOnly End, int Days);

/// <summary>A follow-up check due during the certificate's validity.</summary>
public sealed record SurveillanceDue(string? Title, DateOnly Due);
