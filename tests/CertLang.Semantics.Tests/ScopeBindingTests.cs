using CertLang.Semantics.Binding;
using CertLang.Semantics.Symbols;

namespace CertLang.Semantics.Tests;

/// <summary>Scope rules: includes and excludes with their categories, HS prefixes, conditions and date windows.</summary>
public sealed class ScopeBindingTests
{
    [Fact]
    public void Scope_rules_keep_source_order_with_their_targets_conditions_and_dates()
    {
        var compilation = Compile("""
            include household_appliance, lighting where rated_voltage <= 250 V
            include hs 8504.40, hs 85, kettle from 2027-01-01 until 2027-12-31
            exclude where use == medical
            exclude hair_dryer
            """);
        var scope = compilation.Regimes.First(r => r.Name == "CCC").Scope;

        Assert.Empty(TestPacks.Problems(compilation));
        Assert.Equal([true, true, false, false], scope.Select(r => r.IsInclude));
        Assert.Equal(["household_appliance", "lighting"], scope[0].Categories.Select(c => c.Name));
        Assert.Empty(scope[0].HsPrefixes);
        Assert.IsType<BoundComparison>(scope[0].Where);
        Assert.Equal(["kettle"], scope[1].Categories.Select(c => c.Name));
        Assert.Null(scope[1].Where);
        Assert.Equal((new DateOnly(2027, 1, 1), new DateOnly(2027, 12, 31)), (scope[1].From, scope[1].Until));
        Assert.Empty(scope[2].Categories);
        Assert.Empty(scope[2].HsPrefixes);
        Assert.NotNull(scope[2].Where);
        Assert.Equal((null, null), (scope[2].From, scope[2].Until));
        Assert.Equal("exclude hair_dryer", scope[3].Syntax.ToString());
    }

    [Fact]
    public void Hs_prefixes_are_digits_without_dots()
    {
        var scope = Compile("include hs 8504.40, hs 85, hs 8516.31.10").Regimes.First(r => r.Name == "CCC").Scope.Single();

        Assert.Equal(["850440", "85", "85163110"], scope.HsPrefixes.Select(p => p.Digits));
        Assert.Equal(["8504.40", "85", "8516.31.10"], scope.HsPrefixes.Select(p => p.Written));
        Assert.True(new HsCodeValue("85044010", "8504.40.10").IsUnder(scope.HsPrefixes[0]));
    }

    [Fact]
    public void Scope_categories_are_the_declared_symbols()
    {
        var compilation = Compile("include kettle");

        Assert.Same(compilation.Categories.Single(c => c.Name == "kettle"), compilation.Regimes.First(r => r.Name == "CCC").Scope.Single().Categories.Single());
    }

    [Fact]
    public void An_unknown_category_is_left_out_of_the_rule_and_reported()
    {
        var compilation = Compile("include kettel, lighting");

        Assert.Equal(["lighting"], compilation.Regimes.First(r => r.Name == "CCC").Scope.Single().Categories.Select(c => c.Name));
        Assert.Equal(["CERT1002"], TestPacks.ProblemCodes(compilation));
    }

    [Theory]
    [InlineData("include kettle where rated_voltage > 250 V and rated_voltage < 100 V")]
    [InlineData("include kettle where rated_voltage >= 1 kV and rated_voltage < 1000 V")]
    [InlineData("include kettle where false")]
    [InlineData("include kettle where use == household and use == industrial")]
    [InlineData("include kettle where use in { household } and use == medical")]
    [InlineData("include kettle where false or (launched > 2027-01-01 and launched < 2026-01-01)")]
    [InlineData("include kettle from 2031-01-01")]
    [InlineData("include kettle until 2001-12-31")]
    [InlineData("exclude kettle\n    include kettle")]
    public void A_rule_that_can_never_match_is_a_warning(string rules)
    {
        var compilation = Compile(rules);

        Assert.Equal(["CERT1060"], TestPacks.ProblemCodes(compilation));
    }

    [Theory]
    [InlineData("include kettle where rated_voltage >= 1 kV and rated_voltage <= 1000 V")]
    [InlineData("include kettle where use == household or use == industrial")]
    [InlineData("include kettle where rated_voltage > 250 V or rated_voltage < 100 V")]
    [InlineData("include kettle where use != household and use != industrial")]
    [InlineData("include kettle from 2030-12-31")]
    [InlineData("exclude kettle where has_radio\n    include kettle")]
    [InlineData("exclude kettle from 2028-01-01\n    include kettle")]
    [InlineData("exclude kettle\n    include kettle, hs 8516")]
    public void A_rule_that_may_match_is_not_reported(string rules)
    {
        Assert.Empty(TestPacks.Problems(Compile(rules)));
    }

    [Fact]
    public void A_rule_window_that_runs_backwards_is_an_error()
    {
        var compilation = Compile("include kettle from 2028-01-01 until 2027-01-01");

        Assert.Equal(
            ["(31,20)-(31,35): error CERT1032: this include applies from 2028-01-01 until 2027-01-01: never; check the dates"],
            TestPacks.Problems(compilation));
    }

    private static Compilation Compile(string rules) => TestPacks.Compile(TestPacks.Header + $$"""
        regime CCC in CN {
          effective 2002-05-01
          until     2030-12-31
          scope {
            {{rules}}
          }
        }
        """);
}
