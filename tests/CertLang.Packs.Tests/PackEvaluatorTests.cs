using System.Collections.Immutable;
using CertLang.Packs.Evaluation;
using CertLang.Packs.Model;
using CertLang.Semantics.Symbols;
using CertLang.Semantics.Types;
using CertLang.TestSupport;

namespace CertLang.Packs.Tests;

/// <summary>Scope decisions in three-valued logic: includes, excludes, dates, units, categories and HS prefixes.</summary>
public sealed class PackEvaluatorTests
{
    private const string Declarations = """
        pack p version 1.0.0
        attribute rated_voltage: voltage
        attribute use: enum { household, industrial, medical }
        attribute has_radio: bool
        category electrical {
          category appliance { category kettle hs 8516.71 }
          category lamp
        }
        market CN
        """;

    private static readonly DateOnly Day = new(2027, 6, 1);

    [Theory]
    [InlineData("230 V", "household", "required")]
    [InlineData("300 V", "household", "not-required")]
    [InlineData(null, "household", "undetermined")]
    [InlineData("230 V", "medical", "not-required")]
    [InlineData(null, "medical", "not-required")]
    [InlineData("230 V", null, "undetermined")]
    [InlineData("300 V", null, "not-required")]
    public void Include_and_exclude_combine_in_kleene_logic(string? voltage, string? use, string expected)
    {
        var evaluator = Evaluator("""
            include appliance where rated_voltage <= 250 V
            exclude where use == medical
            """);

        var evaluation = evaluator.Decide("R", Product(("category", "kettle"), ("rated_voltage", voltage), ("use", use)), Day, AcceptancePolicy.AnyMarket);

        Assert.Equal(expected, evaluation.Status.Name());
    }

    [Fact]
    public void An_undetermined_scope_names_the_missing_attributes()
    {
        var evaluator = Evaluator("include appliance where rated_voltage <= 250 V and not has_radio");

        var evaluation = evaluator.Decide("R", Product(("category", "kettle")), Day, AcceptancePolicy.AnyMarket);

        Assert.Equal(RegimeStatus.Undetermined, evaluation.Status);
        Assert.Equal(["has_radio", "rated_voltage"], evaluation.Missing.ToArray());
        var reason = Assert.Single(evaluation.Reasons);
        Assert.Equal((Tri.Unknown, "include appliance where rated_voltage <= 250 V and not has_radio"), (reason.Result, reason.Clause));
        Assert.Equal(new SourceLocation("regime.cert", 3), reason.Location);
    }

    [Fact]
    public void Quantities_compare_in_base_units()
    {
        var evaluator = Evaluator("include electrical where rated_voltage >= 1 kV");

        Assert.Equal(RegimeStatus.Required, evaluator.Decide("R", Product(("category", "lamp"), ("rated_voltage", "1000 V")), Day, AcceptancePolicy.AnyMarket).Status);
        Assert.Equal(RegimeStatus.NotRequired, evaluator.Decide("R", Product(("category", "lamp"), ("rated_voltage", "999 V")), Day, AcceptancePolicy.AnyMarket).Status);
    }

    [Fact]
    public void A_category_includes_its_descendants_and_hs_prefixes_compare_digits()
    {
        var evaluator = Evaluator("include electrical, hs 9405");

        Assert.Equal(RegimeStatus.Required, evaluator.Decide("R", Product(("category", "kettle")), Day, AcceptancePolicy.AnyMarket).Status);
        Assert.Equal(RegimeStatus.Required, evaluator.Decide("R", Product(("hs", "94051100")), Day, AcceptancePolicy.AnyMarket).Status);
        Assert.Equal(RegimeStatus.Undetermined, evaluator.Decide("R", Product(("hs", "85167100")), Day, AcceptancePolicy.AnyMarket).Status);
        Assert.Equal(RegimeStatus.Undetermined, evaluator.Decide("R", Product(), Day, AcceptancePolicy.AnyMarket).Status);
    }

    [Theory]
    [InlineData("2026-12-31", "not-required")]
    [InlineData("2027-01-01", "required")]
    [InlineData("2027-12-31", "required")]
    [InlineData("2028-01-01", "not-required")]
    public void Clause_windows_are_inclusive_and_checked_at_the_date(string date, string expected)
    {
        var evaluator = Evaluator("include lamp from 2027-01-01 until 2027-12-31");

        var evaluation = evaluator.Decide("R", Product(("category", "lamp")), DateOnly.Parse(date), AcceptancePolicy.AnyMarket);

        Assert.Equal(expected, evaluation.Status.Name());
    }

    [Fact]
    public void A_regime_not_in_force_is_not_required_whatever_the_product()
    {
        var evaluator = Evaluator("include electrical", "effective 2030-01-01");

        var evaluation = evaluator.Decide("R", Product(("category", "lamp")), Day, AcceptancePolicy.AnyMarket);

        Assert.Equal(RegimeStatus.NotRequired, evaluation.Status);
        Assert.Equal("regime R is in force from 2030-01-01", Assert.Single(evaluation.Reasons).Clause);
    }

    [Fact]
    public void A_step_takes_the_first_duration_whose_condition_holds_and_unknown_falls_through()
    {
        var pack = PackCompiler.Build(PackCompiler.Compile(("pack.cert", Declarations), ("regime.cert", """
            regime R in CN {
              scope { include electrical }
              process {
                step test "Test" {
                  takes 1 week when has_radio
                  takes 2 weeks when rated_voltage > 100 V
                  takes 3 weeks
                }
              }
            }
            """)));
        var evaluator = new PackEvaluator(pack);
        var step = pack.Regimes[0].Steps[0];

        Assert.Equal(new CalendarDuration(0, 7), evaluator.DurationOf(step, Product(("has_radio", "true"))).Max);
        Assert.Equal(new CalendarDuration(0, 14), evaluator.DurationOf(step, Product(("rated_voltage", "230 V"))).Max);
        Assert.Equal(new CalendarDuration(0, 21), evaluator.DurationOf(step, Product()).Max);
    }

    private static PackEvaluator Evaluator(string scope, string clauses = "") =>
        new(PackCompiler.Build(PackCompiler.Compile(("pack.cert", Declarations), ("regime.cert", $$"""
            regime R in CN {
              {{clauses}}
              scope { {{scope}} }
            }
            """))));

    /// <summary>A product from written values: "230 V" is a quantity, "true"/"false" a bool, anything else text.</summary>
    private static ProductFacts Product(params (string Attribute, string? Value)[] values) => new("product",
        values.Where(v => v.Value is not null).ToImmutableSortedDictionary(v => v.Attribute, v => Value(v.Value!), StringComparer.Ordinal));

    private static PackValue Value(string written) => written switch
    {
        "true" or "false" => new PackValue(Bool: written == "true"),
        _ when written.EndsWith(" V", StringComparison.Ordinal) => new PackValue(Number: decimal.Parse(written[..^2], System.Globalization.CultureInfo.InvariantCulture), Unit: "V"),
        _ => new PackValue(Text: written),
    };
}
