using System.Collections.Immutable;
using CertLang.Packs.Evaluation;
using CertLang.Packs.Model;
using CertLang.Planning.Explanations;
using CertLang.Planning.Plans;
using CertLang.Planning.Products;
using CertLang.Semantics.Symbols;
using CertLang.TestSupport;

namespace CertLang.Planning.Tests;

/// <summary>Explanations: every clause in source order with its part in the decision, the combination, and the acceptances.</summary>
public sealed class RegimeExplainerTests
{
    private const string Pack = """
        pack t version 1.0.0
        attribute rated_voltage: voltage
        attribute use: enum { household, medical }
        category appliance {
          category kettle
          category lamp
        }
        market CN
        market GB
        market EU { members DE }

        regime CCC in CN {
          effective 2020-01-01
          scope {
            include appliance where rated_voltage > 12 V
            include lamp from 2027-01-01
            exclude where use == medical
          }
          process { step s "S" takes 1 week }
        }

        regime UKCA in GB { accepts LVD from 2026-01-01  scope { include appliance } process { step d "Declare" takes 1 week } }
        regime LVD in EU { scope { include appliance where rated_voltage >= 50 V } process { step t "Test" takes 3 weeks } }
        """;

    private static readonly PackEvaluator Evaluator = new(PackCompiler.Build(PackCompiler.Compile(("pack.cert", Pack))));
    private static readonly RegimeExplainer Explainer = new(Evaluator);
    private static readonly DateOnly Ship = new(2027, 6, 1);

    [Fact]
    public void Every_clause_is_traced_in_source_order_and_the_results_combine_into_the_status()
    {
        var explanation = Explainer.Explain("CCC", Product("kettle", 230, "household"), Ship);

        var decision = explanation.Decision;
        Assert.True(decision.InForce);
        Assert.Equal(
            [("include", 15, true, Tri.True), ("include", 16, true, Tri.False), ("exclude", 17, true, Tri.False)],
            decision.Rules.Select(c => (c.Rule.Kind, c.Rule.Location.Line, c.InForce, c.Result!.Value)));
        Assert.Equal((Tri.True, Tri.False, Tri.True), (decision.Include, decision.Exclude, decision.Applies));
        Assert.Equal(RegimeStatus.Required, decision.Status);
    }

    [Fact]
    public void A_clause_outside_its_window_is_listed_without_a_result()
    {
        var explanation = Explainer.Explain("CCC", Product("lamp", 230, "household"), new DateOnly(2026, 12, 31));

        var clause = explanation.Decision.Rules[1];
        Assert.Equal((false, null), (clause.InForce, clause.Result));
        Assert.Equal((Tri.True, Tri.False, Tri.True), (explanation.Decision.Include, explanation.Decision.Exclude, explanation.Decision.Applies));
    }

    [Fact]
    public void An_unknown_result_leaves_the_status_undetermined_with_the_missing_attributes()
    {
        var explanation = Explainer.Explain("CCC", Product("kettle", null, "household"), Ship);

        Assert.Equal((Tri.Unknown, Tri.False, Tri.Unknown), (explanation.Decision.Include, explanation.Decision.Exclude, explanation.Decision.Applies));
        Assert.Equal(RegimeStatus.Undetermined, explanation.Decision.Status);
        Assert.Equal<string>(["rated_voltage"], explanation.Decision.Missing);
    }

    [Fact]
    public void Before_the_regime_is_in_force_no_clause_counts()
    {
        var explanation = Explainer.Explain("CCC", Product("kettle", 230, "household"), new DateOnly(2019, 12, 31));

        Assert.False(explanation.Decision.InForce);
        Assert.All(explanation.Decision.Rules, c => Assert.Null(c.Result));
        Assert.Equal((Tri.False, Tri.False), (explanation.Decision.Include, explanation.Decision.Exclude));
        Assert.Equal(RegimeStatus.NotRequired, explanation.Decision.Status);
    }

    [Theory]
    [InlineData("kettle", 230, "household", "2027-06-01")]
    [InlineData("kettle", 230, "medical", "2027-06-01")]
    [InlineData("kettle", null, "medical", "2027-06-01")]
    [InlineData("kettle", null, null, "2027-06-01")]
    [InlineData("lamp", 5, "household", "2027-06-01")]
    [InlineData("lamp", 5, null, "2026-06-01")]
    public void The_combination_agrees_with_the_evaluator(string category, int? volts, string? use, string date)
    {
        var product = Product(category, volts, use);
        var ship = DateOnly.Parse(date, System.Globalization.CultureInfo.InvariantCulture);

        var explanation = Explainer.Explain("CCC", product, ship);

        var expected = Evaluator.Decide("CCC", product.Facts, ship, AcceptancePolicy.AnyMarket).Status;
        Assert.Equal(expected, explanation.Decision.Status);
        Assert.Equal(expected, explanation.Decision.Applies switch
        {
            Tri.True => RegimeStatus.Required,
            Tri.False => RegimeStatus.NotRequired,
            _ => RegimeStatus.Undetermined,
        });
    }

    [Theory]
    [InlineData("2027-06-01", true)]
    [InlineData("2025-12-31", false)]
    public void An_accepted_regime_shows_its_window_and_its_own_status_for_the_product(string date, bool accepted)
    {
        var explanation = Explainer.Explain("UKCA", Product("kettle", 230, "household"), DateOnly.Parse(date, System.Globalization.CultureInfo.InvariantCulture));

        var acceptance = Assert.Single(explanation.Decision.Acceptances);
        Assert.Equal(("LVD", new DateWindow(new DateOnly(2026, 1, 1), null), accepted, RegimeStatus.Required), (acceptance.Regime, acceptance.Acceptance.Window, acceptance.InForce, acceptance.ScopeStatus));
        Assert.Equal(accepted ? RegimeStatus.SatisfiedBy : RegimeStatus.Required, explanation.Decision.Status);
    }

    [Fact]
    public void An_unknown_regime_is_refused_with_the_known_ones()
    {
        var error = Assert.Throws<PlanInputException>(() => Explainer.Explain("UKC", Product("kettle", 230, "household"), Ship));

        Assert.Equal("unknown regime 'UKC' (did you mean 'UKCA'?); the pack knows: CCC, LVD, UKCA", error.Message);
    }

    [Theory]
    [InlineData("ccc")]
    [InlineData("Ukca")]
    public void A_regime_is_named_in_any_case(string typed)
    {
        var explanation = Explainer.Explain(typed, Product("kettle", 230, "household"), Ship);

        Assert.Equal(typed.ToUpperInvariant(), explanation.Decision.Regime.Name);
    }

    [Fact]
    public void A_misspelt_regime_in_another_case_gets_the_pack_spelling_as_suggestion()
    {
        var error = Assert.Throws<PlanInputException>(() => Explainer.Explain("ukc", Product("kettle", 230, "household"), Ship));

        Assert.StartsWith("unknown regime 'ukc' (did you mean 'UKCA'?)", error.Message, StringComparison.Ordinal);
    }

    private static PlannedProduct Product(string category, int? volts, string? use)
    {
        var values = ImmutableSortedDictionary.CreateBuilder<string, PackValue>(StringComparer.Ordinal);
        values["category"] = new PackValue(Text: category);
        if (volts is { } v)
        {
            values["rated_voltage"] = new PackValue(Number: v, Unit: "V");
        }

        if (use is not null)
        {
            values["use"] = new PackValue(Text: use);
        }

        return new PlannedProduct("P-1", null, new ProductFacts("P-1", values.ToImmutable()));
    }
}
