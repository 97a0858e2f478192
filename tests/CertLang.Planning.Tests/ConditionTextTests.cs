using System.Collections.Immutable;
using System.Text.Json;
using CertLang.Packs.Model;
using CertLang.Planning.Documentation;
using CertLang.Syntax.Diagnostics;
using CertLang.TestSupport;

namespace CertLang.Planning.Tests;

/// <summary>Normalised conditions written back as CertLang text: values, units, precedence, and a round trip through the compiler.</summary>
public sealed class ConditionTextTests
{
    private const string Declarations = """
        pack t version 1.0.0
        attribute rated_voltage: voltage
        attribute frequency: frequency
        attribute power: power
        attribute use: enum { household, commercial, industrial, medical }
        attribute has_radio: bool
        attribute has_cb_report: bool
        attribute model: text
        attribute released: date
        attribute ports: number
        category appliance { category kettle hs 8516.71 }
        market CN

        """;

    [Theory]
    [InlineData("rated_voltage <= 250 V and use in { household, commercial }")]
    [InlineData("has_radio and not (use == industrial)")]
    [InlineData("category is kettle")]
    [InlineData("hs under 8516.71")]
    [InlineData("hs == 8516.71")]
    [InlineData("category == kettle")]
    [InlineData("not has_radio")]
    [InlineData("(use == household or use == commercial) and rated_voltage > 12 V")]
    [InlineData("use == household or use == commercial and has_radio")]
    [InlineData("not (has_radio or has_cb_report)")]
    [InlineData("model == \"HD \\\"2000\\\"\"")]
    [InlineData("released >= 2027-01-01")]
    [InlineData("ports > 2.5")]
    [InlineData("true")]
    public void Canonical_conditions_are_written_as_they_read(string condition)
    {
        var (normalised, text) = Compile(condition);

        Assert.Equal(condition, text.Render(normalised));
    }

    [Theory]
    [InlineData("rated_voltage >= 0.05 kV", "rated_voltage >= 50 V")]
    [InlineData("rated_voltage <= 1 kV", "rated_voltage <= 1000 V")]
    [InlineData("rated_voltage < 500 mV", "rated_voltage < 500 mV")]
    [InlineData("frequency == 2400 MHz", "frequency == 2.4 GHz")]
    [InlineData("power >= 75000 W", "power >= 75 kW")]
    [InlineData("rated_voltage == 0 V", "rated_voltage == 0 V")]
    public void Quantities_are_shown_in_their_base_unit_up_to_9999_and_otherwise_in_the_largest_unit_that_keeps_them_at_least_1(
        string condition, string expected)
    {
        var (normalised, text) = Compile(condition);

        Assert.Equal(expected, text.Render(normalised));
    }

    [Theory]
    [InlineData("(has_radio)", "has_radio")]
    [InlineData("not use == medical", "not (use == medical)")]
    [InlineData("has_radio and (has_cb_report and use == household)", "has_radio and has_cb_report and use == household")]
    [InlineData("(has_radio and has_cb_report) or (use == household)", "has_radio and has_cb_report or use == household")]
    [InlineData("not not has_radio", "not not has_radio")]
    public void Parentheses_appear_where_precedence_needs_them_and_around_a_comparison_under_not(string condition, string expected)
    {
        var (normalised, text) = Compile(condition);

        Assert.Equal(expected, text.Render(normalised));
    }

    [Theory]
    [InlineData("rated_voltage <= 250 V and use in { household, commercial }")]
    [InlineData("frequency == 2.4 GHz or power > 75 kW and not (use == industrial or has_radio)")]
    [InlineData("not (not has_radio and (model == \"a\\\\b\" or released < 2020-02-29))")]
    [InlineData("hs under 8516 or category is appliance and ports != 0")]
    public void Written_text_compiles_back_to_the_same_normalised_condition(string condition)
    {
        var (normalised, text) = Compile(condition);

        var (again, _) = Compile(text.Render(normalised));

        Assert.Equal(Json(normalised), Json(again));
    }

    [Fact]
    public void Conditions_built_by_hand_are_written_too()
    {
        var text = new ConditionText([]);
        var condition = new PackCondition("and", Args:
        [
            new PackCondition("compare", Attribute: "rated_voltage", Comparison: "<=", Value: new PackValue(Number: 250, Unit: "V")),
            new PackCondition("in", Attribute: "use", Values: ImmutableArray.Create(new PackValue(Text: "household"), new PackValue(Text: "commercial"))),
            new PackCondition("compare", Attribute: "model", Comparison: "==", Value: new PackValue(Text: "HD 2000")),
            new PackCondition("under", Hs: "85163110"),
        ]);

        Assert.Equal("rated_voltage <= 250 V and use in { household, commercial } and model == \"HD 2000\" and hs under 8516.31.10", text.Render(condition));
    }

    [Theory]
    [InlineData("85", "85")]
    [InlineData("8516", "8516")]
    [InlineData("851631", "8516.31")]
    [InlineData("85163110", "8516.31.10")]
    [InlineData("8516311", "8516.31.1")]
    public void Hs_digits_are_dotted_as_four_digits_then_pairs(string digits, string expected)
    {
        Assert.Equal(expected, ConditionText.HsCode(digits));
    }

    [Fact]
    public void An_unknown_operator_is_an_internal_error()
    {
        Assert.Throws<InvalidOperationException>(() => new ConditionText([]).Render(new PackCondition("xor")));
    }

    private static (PackCondition Condition, ConditionText Text) Compile(string condition)
    {
        var compilation = PackCompiler.Compile(("pack.cert", Declarations + $"regime R in CN {{ scope {{ include appliance where {condition} }} }}\n"));
        Assert.DoesNotContain(compilation.GetDiagnostics(), d => d.Severity == DiagnosticSeverity.Error);
        var pack = PackCompiler.Build(compilation);
        return (pack.Regimes.Single().Scope.Single().Where!, new ConditionText(pack.Attributes));
    }

    private static string Json(PackCondition condition) => JsonSerializer.Serialize(condition);
}
