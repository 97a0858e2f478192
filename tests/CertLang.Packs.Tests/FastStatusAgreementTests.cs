using System.Collections.Immutable;
using System.Globalization;
using CertLang.Packs.Evaluation;
using CertLang.Packs.Model;
using CertLang.TestSupport;
using CsCheck;

namespace CertLang.Packs.Tests;

/// <summary>
/// The fast status path and the batch API give what <see cref="PackEvaluator.Decide(string, ProductFacts, DateOnly, AcceptancePolicy)"/>
/// gives (status, satisfied-by, missing attributes), for random products (attributes absent, of the wrong kind, unknown
/// categories, HS codes near the pack's prefixes), dates and target markets, over the example pack and the generated grid.
/// </summary>
public sealed class FastStatusAgreementTests
{
    private static readonly long Iterations = PropertyIterations.Read(2_000) / 8;
    private static readonly RulePack Examples = PackCompiler.BuildExamples();
    private static readonly RulePack Grid = PackCompiler.Build(PackCompiler.Compile([.. SyntheticGrid.Files(120)]));

    [Fact]
    public void The_fast_path_agrees_with_Decide_on_the_example_pack() => Agrees(Examples);

    [Fact]
    public void The_fast_path_agrees_with_Decide_on_the_generated_grid() => Agrees(Grid);

    [Fact]
    public void A_market_selection_holds_exactly_the_regimes_declared_in_its_markets()
    {
        var evaluator = new PackEvaluator(Grid);
        var markets = new[] { "BLOCA", "AB", "AB", "ZZ" };

        var selection = evaluator.RegimesIn(markets);

        Assert.Equal(Grid.Regimes.Where(r => r.Market == "BLOCA").Concat(Grid.Regimes.Where(r => r.Market == "AB")).Select(r => r.Name), selection.Names);
    }

    private static void Agrees(RulePack pack)
    {
        var evaluator = new PackEvaluator(pack);
        var marketNames = pack.Markets.Select(m => m.Name).ToArray();
        var policies = Gen.Bool.Array[marketNames.Length].Select(chosen =>
            chosen.All(c => c) ? AcceptancePolicy.AnyMarket : AcceptancePolicy.InMarkets(marketNames.Where((_, i) => chosen[i])));
        Gen.Select(Products(pack), Gen.Date.Select(DateOnly.FromDateTime), policies).Sample((facts, date, policy) =>
        {
            var product = evaluator.Prepare(facts);
            var batch = new RegimeVerdict[evaluator.AllRegimes.Count];
            evaluator.Statuses(product, evaluator.AllRegimes, date, policy, batch);
            for (var i = 0; i < pack.Regimes.Length; i++)
            {
                var decision = evaluator.Decide(pack.Regimes[i].Name, facts, date, policy);
                var fast = evaluator.Status(pack.Regimes[i].Name, product, date, policy);
                if (!SameAs(decision, fast) || !SameAs(decision, batch[i]))
                {
                    return false;
                }
            }

            return true;
        }, iter: Iterations);
    }

    private static bool SameAs(RegimeDecision decision, RegimeVerdict verdict) =>
        decision.Status == verdict.Status && decision.SatisfiedBy?.Regime == verdict.SatisfiedBy && decision.Missing.SequenceEqual(verdict.Missing);

    /// <summary>Products drawing each attribute of the pack (with category and HS code) as absent, of its kind, or of another kind.</summary>
    private static Gen<ProductFacts> Products(RulePack pack)
    {
        string[] categories = [.. pack.Categories.Select(c => c.Name), "not_a_category"];
        string[] prefixes = [.. pack.Categories.SelectMany(c => c.Hs).Concat(pack.Regimes.SelectMany(r => r.Scope).SelectMany(s => s.Hs))
            .Select(h => h.Replace(".", "", StringComparison.Ordinal)).Append("99")];
        string[] texts = [.. pack.Attributes.SelectMany(a => a.Members ?? []), "2027-01-01", "2020-05-05", "text"];
        var anyValue = Gen.Int[0, 3].SelectMany(kind => kind switch
        {
            0 => Gen.Int[-10, 1500].Select(n => new PackValue(Number: n)),
            1 => Gen.Bool.Select(b => new PackValue(Bool: b)),
            _ => Pick(texts).Select(t => new PackValue(Text: t)),
        });
        var hs = Gen.Select(Pick(prefixes), Gen.Int[0, 99], Gen.Int[0, 3])
            .Select((prefix, digits, cut) => new PackValue(Text: (prefix + digits.ToString("00", CultureInfo.InvariantCulture))[..Math.Max(1, prefix.Length + 2 - cut)]));
        var attributes = pack.Attributes.Select(a => Gen.Frequency((3, Typed(a, texts)), (1, anyValue)).Select(v => (a.Name, Value: v))).ToArray();
        return Gen.Select(
                Pick(categories).Select(c => new PackValue(Text: c)),
                hs,
                attributes.Aggregate(Gen.Const(ImmutableList<(string Name, PackValue Value)>.Empty), (all, next) => all.SelectMany(list => next.Select(list.Add))),
                Gen.ULong)
            .Select((category, code, values, absent) =>
            {
                var builder = ImmutableSortedDictionary.CreateBuilder<string, PackValue>(StringComparer.Ordinal);
                (string Name, PackValue Value)[] all = [("category", category), ("hs", code), .. values];
                for (var i = 0; i < all.Length; i++)
                {
                    if ((absent >> (i % 64) & 3) != 0)
                    {
                        builder[all[i].Name] = all[i].Value;
                    }
                }

                return new ProductFacts("generated", builder.ToImmutable());
            });
    }

    private static Gen<PackValue> Typed(PackAttribute attribute, string[] texts) => attribute switch
    {
        { Members: { } members } => Pick([.. members]).Select(m => new PackValue(Text: m)),
        { Type: "bool" } => Gen.Bool.Select(b => new PackValue(Bool: b)),
        { Type: "date" } => Pick(texts).Select(t => new PackValue(Text: t)),
        { Type: "text" } => Pick(texts).Select(t => new PackValue(Text: t)),
        _ => Gen.Int[-10, 1500].Select(n => new PackValue(Number: n, Unit: attribute.Unit)),
    };

    private static Gen<T> Pick<T>(T[] choices) => Gen.Int[0, choices.Length - 1].Select(i => choices[i]);
}
