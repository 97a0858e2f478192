using CertLang.Semantics.Binding;
using CertLang.Semantics.Symbols;
using CertLang.Semantics.Types;

namespace CertLang.Semantics.Tests;

/// <summary>The tests of a pack: their products' values, ship dates and expectations.</summary>
public sealed class PackTestBindingTests
{
    private const string Regimes = """
        regime CCC in CN {
          scope { include household_appliance where rated_voltage > 12 V }
        }
        regime LVD in EU {
          scope { include electrical where rated_voltage >= 50 V }
        }

        """;

    [Fact]
    public void Product_values_are_bound_to_their_attributes_types()
    {
        var compilation = Compile("""
            test "230 V \"travel\" hair dryer" {
              product {
                category hair_dryer
                hs 8516.31
                rated_voltage 0.23 kV
                radio_frequency 2.4 GHz
                use household
                has_radio false
                model_name "HD-1\u00e9"
                launched 2026-09-01
                ports 2
              }
              ship 2027-06-01
              expect CCC required
            }
            """);
        var test = compilation.Tests.Single();
        var product = test.Product.ToDictionary(p => p.Key.Name, p => p.Value);

        Assert.Empty(TestPacks.Problems(compilation));
        Assert.Equal("230 V \"travel\" hair dryer", test.Name);
        Assert.Same(compilation.Categories.Single(c => c.Name == "hair_dryer"), Assert.IsType<CategoryValue>(product["category"]).Category);
        Assert.Same(AttributeSymbol.Category, test.Product.Keys.Single(k => k.Name == "category"));
        Assert.Equal(new HsCodeValue("851631", "8516.31"), product["hs"]);
        Assert.Equal(new QuantityValue(230, QuantityKind.Voltage), product["rated_voltage"]);
        Assert.Equal(new QuantityValue(2_400_000_000, QuantityKind.Frequency), product["radio_frequency"]);
        Assert.Equal(new EnumValue("household"), product["use"]);
        Assert.Equal(new BoolValue(false), product["has_radio"]);
        Assert.Equal(new TextValue("HD-1é"), product["model_name"]);
        Assert.Equal(new DateValue(new DateOnly(2026, 9, 1)), product["launched"]);
        Assert.Equal(new NumberValue(2), product["ports"]);
        Assert.Equal(new DateOnly(2027, 6, 1), test.Ship);
    }

    [Fact]
    public void Expectations_keep_source_order_with_their_statuses()
    {
        var compilation = Compile("""
            test "kettle" {
              product { category kettle }
              expect CCC required
              expect LVD not required
            }
            test "unknown voltage" {
              product { category kettle }
              expect CCC undetermined
              expect LVD satisfied by CCC
            }
            """);
        var ccc = compilation.Regimes.First(r => r.Name == "CCC");
        var lvd = compilation.Regimes.First(r => r.Name == "LVD");

        Assert.Empty(TestPacks.Problems(compilation));
        Assert.Equal(
            [(ccc, RegimeStatus.Required, (RegimeSymbol?)null), (lvd, RegimeStatus.NotRequired, null), (ccc, RegimeStatus.Undetermined, null), (lvd, RegimeStatus.SatisfiedBy, ccc)],
            compilation.Tests.SelectMany(t => t.Expectations).Select(e => (e.Regime, e.Status, e.SatisfiedBy)));
        Assert.Null(compilation.Tests[0].Ship);
    }

    [Fact]
    public void A_product_without_a_value_for_an_attribute_leaves_it_out()
    {
        var test = Compile("""
            test "kettle" {
              product { category kettle  use household }
              expect CCC undetermined
            }
            """).Tests.Single();

        Assert.Equal(["category", "use"], test.Product.Keys.Select(k => k.Name).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void An_attribute_given_twice_is_reported_even_when_its_first_value_is_wrong()
    {
        var compilation = Compile("""
            test "adapter" {
              product {
                category kettle
                rated_voltage 240 Hz
                rated_voltage 240 V
              }
              expect CCC required
            }
            """);

        Assert.Equal(["CERT1020", "CERT1051"], TestPacks.ProblemCodes(compilation));
        Assert.DoesNotContain(compilation.Tests.Single().Product.Keys, k => k.Name == "rated_voltage");
    }

    [Theory]
    [InlineData("colour \"red\"", "CERT1050")]
    [InlineData("category kettel", "CERT1002")]
    [InlineData("rated_voltage 230", "CERT1021")]
    [InlineData("use hospital", "CERT1007")]
    [InlineData("has_radio \"no\"", "CERT1022")]
    [InlineData("hs 85163", "CERT1033")]
    [InlineData("launched 2026-02-29", "CERT1030")]
    public void A_wrong_product_entry_is_reported_and_left_out(string entry, string code)
    {
        var compilation = Compile($$"""
            test "kettle" {
              product {
                ports 2
                {{entry}}
              }
              expect CCC required
            }
            """);

        Assert.Equal([code], TestPacks.ProblemCodes(compilation));
        Assert.Equal(["ports"], compilation.Tests.Single().Product.Keys.Select(k => k.Name));
    }

    [Fact]
    public void A_second_ship_date_or_expectation_for_one_regime_is_reported_and_the_first_counts()
    {
        var compilation = Compile("""
            test "power bank" {
              product { category kettle }
              ship 2024-07-31
              expect CCC not required
              ship 2024-08-01
              expect CCC required
            }
            """);
        var test = compilation.Tests.Single();

        Assert.Equal(["CERT1011", "CERT1011"], TestPacks.ProblemCodes(compilation));
        Assert.Equal(new DateOnly(2024, 7, 31), test.Ship);
        Assert.Equal(RegimeStatus.NotRequired, test.Expectations.Single().Status);
    }

    [Fact]
    public void An_expectation_of_an_unknown_regime_is_reported_and_left_out()
    {
        var compilation = Compile("""
            test "kettle" {
              product { category kettle }
              expect KC required
              expect LVD satisfied by KC
              expect CCC required
            }
            """);

        Assert.Equal(["CERT1004", "CERT1004"], TestPacks.ProblemCodes(compilation));
        Assert.Equal("CCC", compilation.Tests.Single().Expectations.Single().Regime.Name);
    }

    [Fact]
    public void A_test_without_expectations_is_a_warning()
    {
        Assert.Equal(["CERT1052"], TestPacks.ProblemCodes(Compile("test \"kettle\" { product { category kettle } }")));
    }

    private static Compilation Compile(string tests) => TestPacks.Compile(TestPacks.Header + Regimes + tests);
}
