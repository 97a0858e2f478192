using System.Collections.Immutable;
using CertLang.Packs.Evaluation;
using CertLang.Packs.Model;
using CertLang.Semantics.Symbols;

namespace CertLang.Packs.Testing;

/// <summary>
/// Runs the <c>test</c> blocks of a pack: each product is decided at its ship date (or today) against its expectations.
/// A test has no target markets, so any regime of the pack may stand in for an accepting one (<see cref="AcceptancePolicy.AnyMarket"/>).
/// </summary>
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
            new ExpectationOutcome(expected, evaluator.Decide(expected.Regime, product, date, AcceptancePolicy.AnyMarket)));
        return new TestOutcome(test, date, [.. outcomes]);
    }
}

/// <summary>The outcome of one test: the date it was evaluated at and each expectation's outcome.</summary>
public sealed record TestOutcome(PackTest Test, DateOnly Date, ImmutableArray<ExpectationOutcome> Expectations)
{
    /// <summary>Whether every expectation held.</summary>
    public bool Passed => Expectations.All(e => e.Passed);
}

/// <summary>One expectation and the decision it is checked against, with the clauses that decided it.</summary>
public sealed record ExpectationOutcome(PackExpectation Expected, RegimeDecision Actual)
{
    /// <summary>Whether the status (and, for satisfied-by, the regime) is the one expected.</summary>
    public bool Passed => Expected.ExpectedStatus == Actual.Status
        && (Actual.Status != RegimeStatus.SatisfiedBy || Expected.SatisfiedBy == Actual.SatisfiedBy?.Regime);

    /// <summary>The expectation in words: <c>not required</c>, <c>satisfied by LVD</c>.</summary>
    public string ExpectedText => StatusText.Of(Expected.ExpectedStatus, Expected.SatisfiedBy);

    /// <summary>The decision in words: <c>required</c>, <c>satisfied by LVD</c>.</summary>
    public string ActualText => StatusText.Of(Actual.Status, Actual.SatisfiedBy?.Regime);
}
