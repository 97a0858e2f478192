using System.Collections.Immutable;
using CertLang.Packs.Evaluation;
using CertLang.Packs.Model;
using CertLang.Packs.Testing;
using CertLang.Semantics.Symbols;
using CertLang.TestSupport;
using CsCheck;

namespace CertLang.Packs.Tests;

/// <summary>
/// Properties of the compiled scope predicates over the example pack: three-valued logic never guesses (what is decided
/// for a product that lacks attributes stays decided, the same way, whatever values the missing attributes take), and an
/// undetermined decision names only attributes the product lacks.
/// </summary>
public sealed class ScopeMonotonicityTests
{
    private static readonly RulePack Pack = PackCompiler.BuildExamples();
    private static readonly PackEvaluator Evaluator = new(Pack);
    private static readonly long Iterations = PropertyIterations.Read(4_000) / 4;

    [Fact]
    public void A_decision_made_without_some_attributes_holds_whatever_their_values()
    {
        Gen.Select(Products, Gen.Int[0, int.MaxValue], Gen.Date.Select(DateOnly.FromDateTime))
            .Sample((product, mask, date) =>
            {
                var partial = product with { Values = product.Values.Where((_, i) => (mask >> (i % 31) & 1) == 0).ToImmutableSortedDictionary() };
                foreach (var regime in Pack.Regimes)
                {
                    var decidedWithLess = Evaluator.Decide(regime.Name, partial, date, AcceptancePolicy.AnyMarket);
                    var full = Evaluator.Decide(regime.Name, product, date, AcceptancePolicy.AnyMarket);
                    if (decidedWithLess.Applies != Tri.Unknown && decidedWithLess.Applies != full.Applies)
                    {
                        return false;
                    }
                }

                return true;
            }, iter: Iterations);
    }

    [Fact]
    public void An_undetermined_decision_names_only_attributes_the_product_lacks()
    {
        Gen.Select(Products, Gen.Int[0, int.MaxValue])
            .Sample((product, mask) =>
            {
                var partial = product with { Values = product.Values.Where((_, i) => (mask >> (i % 31) & 1) == 0).ToImmutableSortedDictionary() };
                return Pack.Regimes.Select(r => Evaluator.Decide(r.Name, partial, new DateOnly(2027, 6, 1), AcceptancePolicy.AnyMarket))
                    .All(e => e.Status != RegimeStatus.Undetermined || (e.Missing.Length > 0 && e.Missing.All(m => !partial.Values.ContainsKey(m))));
            }, iter: Iterations);
    }

    [Fact]
    public void Every_test_of_the_example_pack_passes()
    {
        var outcomes = PackTestRunner.Run(Evaluator, new DateOnly(2026, 11, 25));

        Assert.NotEmpty(outcomes);
        Assert.All(outcomes, o => Assert.True(o.Passed, $"{o.Test.Name}: " + string.Join("; ",
            o.Expectations.Where(e => !e.Passed).Select(e => $"expected {e.Expected.Regime} {e.Expected.Status}, got {e.ActualText}"))));
    }

    /// <summary>Products with every attribute of the example pack, each given a value of its type.</summary>
    private static readonly Gen<ProductFacts> Products =
        Gen.Select(
            Gen.OneOf(Pack.Categories.Select(c => Gen.Const(c.Name)).ToArray()),
            Gen.Int[0, 2000],
            Gen.Bool.Array[Pack.Attributes.Length],
            Gen.Int[0, 1000],
            Gen.OneOf(new[] { "85167100", "94051100", "85176200", "85076000", "90283000" }.Select(Gen.Const).ToArray()))
        .Select((category, volts, flags, choice, hs) =>
        {
            var values = ImmutableSortedDictionary.CreateBuilder<string, PackValue>(StringComparer.Ordinal);
            values["category"] = new PackValue(Text: category);
            values["hs"] = new PackValue(Text: hs);
            for (var i = 0; i < Pack.Attributes.Length; i++)
            {
                var attribute = Pack.Attributes[i];
                values[attribute.Name] = attribute switch
                {
                    { Unit: { } unit } => new PackValue(Number: volts, Unit: unit),
                    { Members: { } members } => new PackValue(Text: members[(choice + i) % members.Length]),
                    { Type: "bool" } => new PackValue(Bool: flags[i]),
                    { Type: "number" } => new PackValue(Number: choice),
                    { Type: "date" } => new PackValue(Text: "2027-01-01"),
                    _ => new PackValue(Text: "text"),
                };
            }

            return new ProductFacts("generated", values.ToImmutable());
        });
}
