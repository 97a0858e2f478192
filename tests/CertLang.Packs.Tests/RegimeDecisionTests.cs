using System.Collections.Immutable;
using CertLang.Packs.Evaluation;
using CertLang.Packs.Model;
using CertLang.Semantics.Symbols;
using CertLang.TestSupport;

namespace CertLang.Packs.Tests;

/// <summary>
/// The one regime decision: each rule's result tied to its rule, include and exclude, and the "satisfied by" policy
/// (docs/language.md, "Satisfied by") chosen by the caller.
/// </summary>
public sealed class RegimeDecisionTests
{
    private static readonly RulePack Pack = PackCompiler.Build(PackCompiler.Compile(("pack.cert", """
        pack p version 1.0.0
        attribute rated_voltage: voltage
        attribute use: enum { household, medical }
        category appliance { category kettle }
        market GB
        market EU { members DE }

        regime UKCA in GB {
          accepts LVD from 2026-01-01
          scope {
            include appliance
            include kettle from 2030-01-01
            exclude where use == medical
          }
        }
        regime LVD in EU { scope { include appliance where rated_voltage >= 50 V } }
        """)));

    private static readonly PackEvaluator Evaluator = new(Pack);
    private static readonly DateOnly Day = new(2027, 6, 1);
    private static readonly AcceptancePolicy OnlyGb = AcceptancePolicy.InMarkets(["GB"]);

    [Fact]
    public void Every_rule_is_listed_in_source_order_with_its_own_result_and_window()
    {
        var decision = Evaluator.Decide("UKCA", Kettle(230, "household"), Day, OnlyGb);

        var regime = Pack.Regimes.Single(r => r.Name == "UKCA");
        Assert.Equal(regime.Scope.Length, decision.Rules.Length);
        Assert.All(decision.Rules.Zip(regime.Scope), pair => Assert.Same(pair.Second, pair.First.Rule));
        Assert.Equal([(true, Tri.True), (false, null), (true, Tri.False)], decision.Rules.Select(r => (r.InForce, r.Result)));
        Assert.Equal((Tri.True, Tri.False, Tri.True), (decision.Include, decision.Exclude, decision.Applies));
        Assert.Equal(["include appliance", "exclude where use == medical"], decision.Reasons.Select(r => r.Clause));
    }

    [Fact]
    public void Without_target_markets_a_required_accepted_regime_stands_in()
    {
        var decision = Evaluator.Decide("UKCA", Kettle(230, "household"), Day, AcceptancePolicy.AnyMarket);

        Assert.Equal(RegimeStatus.SatisfiedBy, decision.Status);
        Assert.Equal("LVD", decision.SatisfiedBy?.Regime);
        Assert.Equal(Tri.True, decision.Applies);
    }

    [Fact]
    public void A_plan_lets_only_the_regimes_of_its_markets_stand_in()
    {
        var onlyGb = Evaluator.Decide("UKCA", Kettle(230, "household"), Day, OnlyGb);
        var withEu = Evaluator.Decide("UKCA", Kettle(230, "household"), Day, AcceptancePolicy.InMarkets(["GB", "EU"]));

        Assert.Equal(RegimeStatus.Required, onlyGb.Status);
        var acceptance = Assert.Single(onlyGb.Acceptances);
        Assert.Equal((true, RegimeStatus.Required, false, false), (acceptance.InForce, acceptance.ScopeStatus, acceptance.Considered, acceptance.StandsIn));
        Assert.Equal(RegimeStatus.SatisfiedBy, withEu.Status);
    }

    [Theory]
    [InlineData("2025-12-31", 230, RegimeStatus.Required)]
    [InlineData("2026-01-01", 230, RegimeStatus.SatisfiedBy)]
    [InlineData("2027-06-01", 24, RegimeStatus.Required)]
    [InlineData("2027-06-01", null, RegimeStatus.Required)]
    public void An_accepted_regime_stands_in_only_inside_its_window_and_when_its_own_scope_requires_the_product(string date, int? volts, RegimeStatus expected)
    {
        var decision = Evaluator.Decide("UKCA", Kettle(volts, "household"), DateOnly.Parse(date, System.Globalization.CultureInfo.InvariantCulture), AcceptancePolicy.AnyMarket);

        Assert.Equal(expected, decision.Status);
        Assert.Equal(expected == RegimeStatus.SatisfiedBy, decision.SatisfiedBy is not null);
    }

    [Fact]
    public void A_regime_the_scope_does_not_require_looks_at_no_acceptance()
    {
        var decision = Evaluator.Decide("UKCA", Kettle(230, "medical"), Day, AcceptancePolicy.AnyMarket);

        Assert.Equal(RegimeStatus.NotRequired, decision.Status);
        Assert.Empty(decision.Acceptances);
        Assert.Null(decision.SatisfiedBy);
    }

    [Fact]
    public void Every_status_has_one_name_and_one_wording_and_names_read_back()
    {
        var statuses = Enum.GetValues<RegimeStatus>();

        Assert.Equal(["required", "not-required", "undetermined", "satisfied-by"], statuses.Select(s => s.Name()));
        Assert.Equal(["required", "not required", "undetermined", "satisfied by"], statuses.Select(s => s.Words()));
        Assert.All(statuses, s => Assert.Equal(s, RegimeStatusNames.Parse(s.Name())));
        Assert.Null(RegimeStatusNames.Parse("not required"));
    }

    private static ProductFacts Kettle(int? volts, string use)
    {
        var values = ImmutableSortedDictionary.CreateBuilder<string, PackValue>(StringComparer.Ordinal);
        values["category"] = new PackValue(Text: "kettle");
        values["use"] = new PackValue(Text: use);
        if (volts is { } v)
        {
            values["rated_voltage"] = new PackValue(Number: v, Unit: "V");
        }

        return new ProductFacts("kettle", values.ToImmutable());
    }
}
