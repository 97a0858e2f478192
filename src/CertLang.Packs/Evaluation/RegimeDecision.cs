using System.Collections.Immutable;
using CertLang.Packs.Model;
using CertLang.Semantics.Symbols;

namespace CertLang.Packs.Evaluation;

/// <summary>
/// Whether one regime applies to one product at one date, and why (docs/language.md, "Meaning"): the regime's window,
/// each scope rule's result tied to its rule, the include and exclude results, the attributes the product lacks, and the
/// regime accepted in its place. Made only by <see cref="PackEvaluator.Decide(string, ProductFacts, DateOnly, AcceptancePolicy)"/>; every command reads this one decision.
/// </summary>
/// <param name="Regime">The regime decided.</param>
/// <param name="Date">The date it is decided at (the shipment date).</param>
/// <param name="Status">The status: the scope's, or <see cref="RegimeStatus.SatisfiedBy"/> when an accepted regime stands in.</param>
/// <param name="Rules">Every scope rule in source order with its part in the decision.</param>
/// <param name="Include">The OR of the includes that count (false when none does).</param>
/// <param name="Exclude">The OR of the excludes that count (false when none does).</param>
/// <param name="Missing">The attributes the product lacked in a rule that came out unknown (only when undetermined).</param>
/// <param name="Acceptances">Every regime this one accepts, with what it gives for the product.</param>
public sealed record RegimeDecision(
    PackRegime Regime,
    DateOnly Date,
    RegimeStatus Status,
    ImmutableArray<RuleResult> Rules,
    Tri Include,
    Tri Exclude,
    ImmutableArray<string> Missing,
    ImmutableArray<AcceptanceResult> Acceptances)
{
    /// <summary>Whether the date is inside the regime's window; outside it nothing else counts and the regime is not required.</summary>
    public bool InForce => Regime.Window.Contains(Date);

    /// <summary>include AND NOT exclude: what the scope alone says.</summary>
    public Tri Applies => TriLogic.And(Include, TriLogic.Not(Exclude));

    /// <summary>The acceptance that stands in for the regime, when the status is <see cref="RegimeStatus.SatisfiedBy"/>.</summary>
    public AcceptanceResult? SatisfiedBy => Acceptances.FirstOrDefault(a => a.StandsIn);

    /// <summary>
    /// The clauses that decided, as reports list them: every rule that counts with its result, or, for a regime not in
    /// force at the date, its window.
    /// </summary>
    public ImmutableArray<ClauseResult> Reasons => InForce
        ? [.. Rules.Where(r => r.Result is not null).Select(r => new ClauseResult(r.Rule.Text, r.Rule.Location, r.Result!.Value))]
        : [new ClauseResult($"regime {Regime.Name} is in force {Regime.Window}", Regime.Location, Tri.False)];
}

/// <summary>One scope rule in a decision: the rule, whether it is in force at the date, and its result when it counts.</summary>
/// <param name="Rule">The include or exclude as the pack holds it.</param>
/// <param name="InForce">Whether the date is inside the rule's own window.</param>
/// <param name="Result">The three-valued result; null when the rule takes no part (it or its regime is not in force).</param>
public sealed record RuleResult(PackScopeRule Rule, bool InForce, Tri? Result)
{
    /// <summary>Whether the rule is an include (otherwise an exclude).</summary>
    public bool IsInclude => Rule.Kind == PackScopeRule.Include;
}

/// <summary>A regime accepted in place of the decided one: the acceptance, whether it holds at the date, and whether the policy lets it stand in.</summary>
/// <param name="Acceptance">The <c>accepts</c> entry, with its window.</param>
/// <param name="InForce">Whether the date is inside the acceptance window.</param>
/// <param name="ScopeStatus">The accepted regime's own scope status for the product at the date (never satisfied-by).</param>
/// <param name="Considered">Whether the <see cref="AcceptancePolicy"/> counts the accepted regime (in a plan: one of the target markets' regimes).</param>
/// <param name="StandsIn">Whether this acceptance makes the decided regime satisfied-by: the first that holds, is considered and is required.</param>
public sealed record AcceptanceResult(PackAcceptance Acceptance, bool InForce, RegimeStatus ScopeStatus, bool Considered, bool StandsIn)
{
    /// <summary>The accepted regime's name.</summary>
    public string Regime => Acceptance.Regime;
}
