using System.Collections.Immutable;
using CertLang.Packs.Evaluation;
using CertLang.Packs.Model;
using CertLang.Planning.Products;

namespace CertLang.Planning.Explanations;

/// <summary>
/// The evaluation trace of one regime for one product at one date: the regime's window, every scope clause in source
/// order with its part in the decision, how the clauses combine, the status, and the regimes accepted in its place.
/// </summary>
/// <param name="Regime">The regime explained.</param>
/// <param name="Product">The product it is explained for.</param>
/// <param name="Date">The shipment date the scope is evaluated at.</param>
/// <param name="InForce">Whether the date is inside the regime's window (effective … until); outside it nothing else counts.</param>
/// <param name="Clauses">Every include and exclude, in source order.</param>
/// <param name="Combination">How the clause results combine; null when the regime is not in force at the date.</param>
/// <param name="Status">The scope status: required, not required or undetermined.</param>
/// <param name="Missing">The attributes the product lacks for a decision (only when undetermined).</param>
/// <param name="Acceptances">The regimes this one accepts in its place, with what they give for the product.</param>
public sealed record RegimeExplanation(
    PackRegime Regime,
    PlannedProduct Product,
    DateOnly Date,
    bool InForce,
    ImmutableArray<ClauseTrace> Clauses,
    ScopeCombination? Combination,
    ScopeStatus Status,
    ImmutableArray<string> Missing,
    ImmutableArray<AcceptanceTrace> Acceptances);

/// <summary>One scope clause: its number in source order, its rule, whether it is in force at the date, and its result when it counts.</summary>
/// <param name="Number">1 for the regime's first clause, in source order.</param>
/// <param name="Rule">The clause as the pack holds it: kind, text, window and location.</param>
/// <param name="InForce">Whether the date is inside the clause's own from … until window.</param>
/// <param name="Result">The three-valued result; null when the clause takes no part (it or the regime is not in force).</param>
public sealed record ClauseTrace(int Number, PackScopeRule Rule, bool InForce, Tri? Result)
{
    /// <summary>Whether the clause is an include (otherwise an exclude).</summary>
    public bool IsInclude => Rule.Kind == "include";
}

/// <summary>include = OR of the includes in force, exclude = OR of the excludes in force, applies = include AND NOT exclude.</summary>
/// <param name="Include">The OR of the includes in force (false when none is).</param>
/// <param name="Exclude">The OR of the excludes in force (false when none is).</param>
/// <param name="Applies">include AND NOT exclude.</param>
public sealed record ScopeCombination(Tri Include, Tri Exclude, Tri Applies);

/// <summary>A regime accepted in place of the explained one: its acceptance window at the date and its own status for the product.</summary>
/// <param name="Regime">The accepted regime.</param>
/// <param name="Window">The dates the acceptance holds.</param>
/// <param name="InForce">Whether the date is inside the acceptance window.</param>
/// <param name="Status">The accepted regime's own scope status for the product at the date.</param>
public sealed record AcceptanceTrace(string Regime, DateWindow Window, bool InForce, ScopeStatus Status);
