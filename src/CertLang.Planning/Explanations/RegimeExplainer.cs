using System.Collections.Immutable;
using CertLang.Packs.Evaluation;
using CertLang.Packs.Model;
using CertLang.Planning.Plans;
using CertLang.Planning.Products;
using CertLang.Syntax.Diagnostics;
using CertLang.Syntax.Text;

namespace CertLang.Planning.Explanations;

/// <summary>
/// Explains scope decisions (<c>certc explain</c>): the evaluator's decision for one regime and product, laid out clause
/// by clause with the clauses that take no part, and how the results combine into the status.
/// </summary>
public sealed class RegimeExplainer(PackEvaluator evaluator)
{
    private readonly Dictionary<string, PackRegime> _regimes = evaluator.Pack.Regimes.ToDictionary(r => r.Name, StringComparer.Ordinal);

    /// <summary>The trace of <paramref name="regime"/> for <paramref name="product"/> at <paramref name="date"/>; a <see cref="PlanInputException"/> for an unknown regime.</summary>
    public RegimeExplanation Explain(string regime, PlannedProduct product, DateOnly date)
    {
        if (!_regimes.TryGetValue(regime, out var definition))
        {
            throw new PlanInputException(UnknownRegime(regime));
        }

        var evaluation = evaluator.Evaluate(regime, product.Facts, date);
        var inForce = definition.Window.Contains(date);
        var clauses = Trace(definition.Scope, inForce ? evaluation.Reasons : null, date);
        var acceptances = definition.Accepts.Select(a =>
            new AcceptanceTrace(a.Regime, a.Window, a.Window.Contains(date), evaluator.Evaluate(a.Regime, product.Facts, date).Status));
        return new RegimeExplanation(definition, product, date, inForce, clauses, inForce ? Combine(clauses) : null,
            evaluation.Status, evaluation.Missing, [.. acceptances]);
    }

    /// <summary>
    /// Every clause with its result from <paramref name="reasons"/>, which hold the clauses in force in source order
    /// (null when the regime is not in force and no clause counts).
    /// </summary>
    private static ImmutableArray<ClauseTrace> Trace(ImmutableArray<PackScopeRule> scope, ImmutableArray<ClauseResult>? reasons, DateOnly date)
    {
        var clauses = ImmutableArray.CreateBuilder<ClauseTrace>(scope.Length);
        var next = 0;
        foreach (var rule in scope)
        {
            var inForce = rule.Window.Contains(date);
            var result = inForce && reasons is { } counted ? ResultOf(rule, counted[next++]) : (Tri?)null;
            clauses.Add(new ClauseTrace(clauses.Count + 1, rule, inForce, result));
        }

        return clauses.MoveToImmutable();
    }

    private static Tri ResultOf(PackScopeRule rule, ClauseResult reason) =>
        reason.Location == rule.Location && reason.Clause == rule.Text
            ? reason.Result
            : throw new InvalidOperationException($"the evaluator's reason at {reason.Location} is not the clause at {rule.Location}");

    private static ScopeCombination Combine(ImmutableArray<ClauseTrace> clauses)
    {
        var include = AnyOf(clauses.Where(c => c.IsInclude));
        var exclude = AnyOf(clauses.Where(c => !c.IsInclude));
        return new ScopeCombination(include, exclude, TriLogic.And(include, TriLogic.Not(exclude)));
    }

    private static Tri AnyOf(IEnumerable<ClauseTrace> clauses) =>
        clauses.Select(c => c.Result).OfType<Tri>().Aggregate(Tri.False, TriLogic.Or);

    private string UnknownRegime(string regime)
    {
        var known = _regimes.Keys.Order(StringComparer.Ordinal).ToList();
        var suggestion = regime.Length <= DisplayText.MaxQuotedLength && SpellChecker.Suggest(regime, known) is { } close ? $" (did you mean '{close}'?)" : "";
        return $"unknown regime '{DisplayText.Safe(regime)}'{suggestion}; the pack knows: {DisplayText.List(known)}";
    }
}
