using System.Collections.Immutable;
using CertLang.Packs.Evaluation;
using CertLang.Packs.Model;

namespace CertLang.Packs.Testing;

/// <summary>Runs the <c>test</c> blocks of a pack: each product is evaluated at its ship date (or today) against its expectations.</summary>
public static class PackTestRunner
{
    /// <summary>The outcome of every test of the evaluator's pack, in pack order.</summary>
    public static ImmutableArray<TestOutcome> Run(PackEvaluator evaluator, DateOnly today) =>
        [.. evaluator.Pack.Tests.Select(test => Run(evaluator, test, today))];

    /// <summary>The outcome of one test of the evaluator's pack, at its ship date or <paramref name="today"/>.</summary>
    public static TestOutcome Run(PackEvaluator evaluator, PackTest test, DateOnly today)
    {
        var product = new ProductFacts(test.Name, test.Product);
        var date = test.Ship ?? today;
        var outcomes = test.Expect.Select(expected =>
        {
            var evaluation = evaluator.Evaluate(expected.Regime, product, date);
            var satisfiedBy = evaluation.Status == ScopeStatus.Required ? SatisfiedBy(evaluator, expected.Regime, product, date) : null;
            var actual = satisfiedBy is not null ? "satisfied-by" : StatusName(evaluation.Status);
            return new ExpectationOutcome(expected, actual, satisfiedBy, evaluation);
        });
        return new TestOutcome(test, date, [.. outcomes]);
    }

    /// <summary>
    /// In a test, a required regime is satisfied by an accepted regime (in its acceptance window) that the product
    /// must comply with anyway, that is, whose own scope requires it at the same date.
    /// </summary>
    private static string? SatisfiedBy(PackEvaluator evaluator, string regime, ProductFacts product, DateOnly date)
    {
        var definition = evaluator.Pack.Regimes.First(r => r.Name == regime);
        return definition.Accepts
            .Where(a => a.Window.Contains(date))
            .FirstOrDefault(a => evaluator.Evaluate(a.Regime, product, date).Status == ScopeStatus.Required)?.Regime;
    }

    /// <summary>required, not-required or undetermined.</summary>
    public static string StatusName(ScopeStatus status) => status switch
    {
        ScopeStatus.Required => "required",
        ScopeStatus.NotRequired => "not-required",
        _ => "undetermined",
    };
}

/// <summary>The outcome of one test: the date it was evaluated at and each expectation's outcome.</summary>
public sealed record TestOutcome(PackTest Test, DateOnly Date, ImmutableArray<ExpectationOutcome> Expectations)
{
    /// <summary>Whether every expectation held.</summary>
    public bool Passed => Expectations.All(e => e.Passed);
}

/// <summary>One expectation and what the evaluation gave instead, with the clauses that decided it.</summary>
public sealed record ExpectationOutcome(PackExpectation Expected, string ActualStatus, string? ActualSatisfiedBy, RegimeEvaluation Evaluation)
{
    /// <summary>Whether the status (and, for satisfied-by, the regime) is the one expected.</summary>
    public bool Passed => Expected.Status == ActualStatus && (ActualStatus != "satisfied-by" || Expected.SatisfiedBy == ActualSatisfiedBy);
}
