using CertLang.Semantics.Binding;
using CertLang.Semantics.Symbols;
using CertLang.Semantics.Types;

namespace CertLang.Semantics.Tests;

/// <summary>Conditions: attributes resolved, values checked against their types and converted (quantities to base units).</summary>
public sealed class ConditionBindingTests
{
    [Theory]
    [InlineData("rated_voltage == 1 kV", 1000, QuantityKind.Voltage)]
    [InlineData("rated_voltage == 230 V", 230, QuantityKind.Voltage)]
    [InlineData("rated_voltage == 500 mV", 0.5, QuantityKind.Voltage)]
    [InlineData("rated_voltage == 1_000 V", 1000, QuantityKind.Voltage)]
    [InlineData("rated_current == 250 mA", 0.25, QuantityKind.Current)]
    [InlineData("rated_power == 2.2 kW", 2200, QuantityKind.Power)]
    [InlineData("rated_power == 5 mW", 0.005, QuantityKind.Power)]
    [InlineData("battery_energy == 0.1 kWh", 100, QuantityKind.Energy)]
    [InlineData("radio_frequency == 2.4 GHz", 2_400_000_000, QuantityKind.Frequency)]
    [InlineData("radio_frequency == 13.56 MHz", 13_560_000, QuantityKind.Frequency)]
    [InlineData("radio_frequency == 125 kHz", 125_000, QuantityKind.Frequency)]
    [InlineData("net_weight == 1.5 kg", 1500, QuantityKind.Mass)]
    [InlineData("net_weight == 2 t", 2_000_000, QuantityKind.Mass)]
    [InlineData("cable_length == 15 cm", 0.15, QuantityKind.Length)]
    [InlineData("cable_length == 800 mm", 0.8, QuantityKind.Length)]
    public void Quantities_are_converted_to_their_base_unit(string condition, double baseValue, QuantityKind kind)
    {
        var comparison = Assert.IsType<BoundComparison>(Bind(condition));

        Assert.Equal(new QuantityValue((decimal)baseValue, kind), comparison.Value);
    }

    [Fact]
    public void One_kilovolt_and_a_thousand_volts_bind_to_the_same_value()
    {
        var kilovolt = Assert.IsType<BoundComparison>(Bind("rated_voltage == 1 kV"));
        var volts = Assert.IsType<BoundComparison>(Bind("rated_voltage == 1000 V"));

        Assert.Equal(volts.Value, kilovolt.Value);
        Assert.Equal("1000 V", kilovolt.Value.Display);
        Assert.Equal("rated_voltage", kilovolt.Attribute.Name);
    }

    [Theory]
    [InlineData("==", ComparisonOperator.Equal)]
    [InlineData("!=", ComparisonOperator.NotEqual)]
    [InlineData("<", ComparisonOperator.Less)]
    [InlineData("<=", ComparisonOperator.LessOrEqual)]
    [InlineData(">", ComparisonOperator.Greater)]
    [InlineData(">=", ComparisonOperator.GreaterOrEqual)]
    public void Comparison_operators_are_bound(string written, ComparisonOperator expected)
    {
        var comparison = Assert.IsType<BoundComparison>(Bind($"rated_voltage {written} 250 V"));

        Assert.Equal(expected, comparison.Operator);
    }

    [Fact]
    public void Enum_values_are_members_of_the_attribute()
    {
        var equal = Assert.IsType<BoundComparison>(Bind("use == household"));
        var membership = Assert.IsType<BoundMembership>(Bind("use in { household, commercial }"));

        Assert.Equal(new EnumValue("household"), equal.Value);
        Assert.Equal<BoundValue>([new EnumValue("household"), new EnumValue("commercial")], membership.Values);
        Assert.Equal(new EnumType(["household", "commercial", "industrial", "medical"]), membership.Attribute.Type);
    }

    [Fact]
    public void Bool_text_date_and_number_values_are_bound_to_their_types()
    {
        Assert.Equal(new BoolValue(false), Assert.IsType<BoundComparison>(Bind("has_radio == false")).Value);
        Assert.Equal(new TextValue("Model \"A\"\tB"), Assert.IsType<BoundComparison>(Bind("model_name == \"Model \\\"A\\\"\\tB\"")).Value);
        Assert.Equal(new DateValue(new DateOnly(2027, 1, 1)), Assert.IsType<BoundComparison>(Bind("launched >= 2027-01-01")).Value);
        Assert.Equal(new NumberValue(2.5m), Assert.IsType<BoundComparison>(Bind("ports > 2.5")).Value);
    }

    [Fact]
    public void A_bool_attribute_alone_is_a_condition()
    {
        var test = Assert.IsType<BoundAttributeTest>(Bind("has_radio"));
        var negated = Assert.IsType<BoundNotCondition>(Bind("not has_radio"));

        Assert.Equal("has_radio", test.Attribute.Name);
        Assert.Equal(BoolType.Instance, test.Attribute.Type);
        Assert.Equal("has_radio", Assert.IsType<BoundAttributeTest>(negated.Operand).Attribute.Name);
    }

    [Fact]
    public void Category_tests_bind_to_the_category_symbol()
    {
        var compilation = Compile("category is household_appliance or category == kettle");
        var or = Assert.IsType<BoundBinaryCondition>(compilation.Regimes.Single().Scope.Single().Where);
        var appliance = compilation.Categories.Single(c => c.Name == "household_appliance");
        var kettle = compilation.Categories.Single(c => c.Name == "kettle");

        Assert.Same(appliance, Assert.IsType<BoundCategoryTest>(or.Left).Category);
        var comparison = Assert.IsType<BoundComparison>(or.Right);
        Assert.Same(AttributeSymbol.Category, comparison.Attribute);
        Assert.Same(kettle, Assert.IsType<CategoryValue>(comparison.Value).Category);
    }

    [Fact]
    public void Hs_codes_bind_as_digits_and_compare_as_prefixes()
    {
        var under = Assert.IsType<BoundHsTest>(Bind("hs under 8516"));
        var equal = Assert.IsType<BoundComparison>(Bind("hs == 8516.31.10"));
        var code = Assert.IsType<HsCodeValue>(equal.Value);

        Assert.Equal(new HsCodeValue("8516", "8516"), under.Prefix);
        Assert.Equal(("85163110", "8516.31.10"), (code.Digits, code.Display));
        Assert.True(code.IsUnder(under.Prefix));
        Assert.False(under.Prefix.IsUnder(code));
        Assert.False(code.IsUnder(new HsCodeValue("8517", "8517")));
    }

    [Fact]
    public void Or_binds_loosest_then_and_then_not_and_parentheses_group()
    {
        var or = Assert.IsType<BoundBinaryCondition>(Bind("has_radio and use == household or not ports > 2"));
        var and = Assert.IsType<BoundBinaryCondition>(or.Left);
        var grouped = Assert.IsType<BoundBinaryCondition>(Bind("has_radio and (use == household or ports > 2)"));

        Assert.Equal(LogicalOperator.Or, or.Operator);
        Assert.Equal(LogicalOperator.And, and.Operator);
        Assert.IsType<BoundNotCondition>(or.Right);
        Assert.Equal(LogicalOperator.And, grouped.Operator);
        Assert.Equal(LogicalOperator.Or, Assert.IsType<BoundBinaryCondition>(grouped.Right).Operator);
    }

    [Fact]
    public void Constants_bind_to_their_value()
    {
        Assert.True(Assert.IsType<BoundConstant>(Bind("true")).Value);
    }

    [Fact]
    public void A_wrong_operand_makes_an_error_condition_and_the_rest_still_binds()
    {
        var compilation = Compile("rated_voltage > 50 Hz and has_radio and use == hospital");

        var terms = Flatten(compilation.Regimes.Single().Scope.Single().Where!).ToList();
        Assert.IsType<BoundErrorCondition>(terms[0]);
        Assert.IsType<BoundAttributeTest>(terms[1]);
        Assert.IsType<BoundErrorCondition>(terms[2]);
        Assert.Equal(["CERT1020", "CERT1007"], TestPacks.ProblemCodes(compilation));
    }

    [Theory]
    [InlineData("rated_voltage > 50", "CERT1021")]
    [InlineData("rated_voltage > 50 days", "CERT1020")]
    [InlineData("rated_voltage > household", "CERT1022")]
    [InlineData("ports > 2 V", "CERT1022")]
    [InlineData("has_radio == \"yes\"", "CERT1022")]
    [InlineData("launched > 2027-02-29", "CERT1030")]
    [InlineData("use < household", "CERT1023")]
    [InlineData("has_radio >= true", "CERT1023")]
    [InlineData("use is kettle", "CERT1023")]
    [InlineData("model_name under 8516", "CERT1023")]
    [InlineData("use", "CERT1024")]
    [InlineData("category is kettel", "CERT1002")]
    [InlineData("hs under 851", "CERT1033")]
    [InlineData("rated_votage > 50 V", "CERT1001")]
    [InlineData("use in { household, hospital }", "CERT1007")]
    public void A_wrong_condition_is_reported_once(string condition, string code)
    {
        var compilation = Compile(condition);

        Assert.Equal([code], TestPacks.ProblemCodes(compilation));
        Assert.IsType<BoundErrorCondition>(compilation.Regimes.Single().Scope.Single().Where);
    }

    private static BoundCondition Bind(string condition)
    {
        var compilation = Compile(condition);
        Assert.Empty(TestPacks.Problems(compilation));
        return compilation.Regimes.Single().Scope.Single().Where!;
    }

    private static Compilation Compile(string condition) => TestPacks.Compile(TestPacks.Header + $$"""
        regime CCC in CN {
          scope {
            include electrical where {{condition}}
          }
        }
        """);

    private static IEnumerable<BoundCondition> Flatten(BoundCondition condition) => condition is BoundBinaryCondition binary
        ? Flatten(binary.Left).Concat(Flatten(binary.Right))
        : [condition];
}
