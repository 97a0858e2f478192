using CertLang.Semantics.Types;
using CertLang.Syntax.Diagnostics;

namespace CertLang.Semantics.Tests;

/// <summary>
/// Numbers beyond what a pack can hold (a quantity beyond <c>decimal</c> once scaled to its base unit, a duration beyond
/// <see cref="DurationRange.MaxDays"/>) are errors at the number, in every place a number is written; none crashes.
/// </summary>
public sealed class NumberLimitTests
{
    private const string DecimalMax = "79228162514264337593543950335";
    private const string TooLargeForKilovolts = "100000000000000000000000000";

    [Theory]
    [InlineData("takes " + DecimalMax + " weeks")]
    [InlineData("takes 1.." + DecimalMax + " years")]
    [InlineData("takes 102 years")]
    [InlineData("takes 36501 days")]
    [InlineData("takes 5215 weeks")]
    [InlineData("takes 1217 months")]
    public void A_step_duration_beyond_a_hundred_years_is_an_error_at_its_number(string takes)
    {
        var compilation = Compile(Regime($"process {{ step review {takes} }}"));

        var diagnostic = Assert.Single(compilation.GetDiagnostics(), d => d.Severity == DiagnosticSeverity.Error);
        Assert.Equal("CERT1027", diagnostic.Code);
        Assert.StartsWith("duration too long: ", diagnostic.Message);
        Assert.Matches(@"^\d+$", Spanned(compilation, diagnostic));
    }

    [Theory]
    [InlineData("validity " + DecimalMax + " years")]
    [InlineData("validity 1..200 years")]
    [InlineData("surveillance every " + DecimalMax + " months")]
    [InlineData("surveillance \"Factory inspection\" every 1218 months")]
    public void A_validity_or_surveillance_interval_beyond_a_hundred_years_is_an_error(string clause)
    {
        var compilation = Compile(Regime(clause + "\n  process { step review takes 1 week }"));

        Assert.Equal(["CERT1027"], TestPacks.ProblemCodes(compilation));
    }

    [Theory]
    [InlineData("takes 100 years", 36_000)]
    [InlineData("takes 1216 months", 36_480)]
    [InlineData("takes 101 years", 36_360)]
    [InlineData("takes 36500 days", 36_500)]
    [InlineData("takes 0 days", 0)]
    [InlineData("takes 0.001 days", 1)]
    public void A_duration_up_to_a_hundred_years_is_kept(string takes, int days)
    {
        var compilation = Compile(Regime($"process {{ step review {takes} }}"));

        Assert.Empty(TestPacks.Problems(compilation));
        Assert.Equal(days, compilation.Regimes.First(r => r.Name == "CCC").Steps.Single().Takes.Single().Duration.Maximum.ApproximateDays);
    }

    [Theory]
    [InlineData("rated_voltage > " + TooLargeForKilovolts + " kV")]
    [InlineData("rated_voltage > " + DecimalMax + " kV")]
    [InlineData("radio_frequency in { 1 Hz, " + TooLargeForKilovolts + "0 GHz }")]
    [InlineData("net_weight <= " + TooLargeForKilovolts + "0 t")]
    [InlineData("ports == " + DecimalMax + "0")]
    [InlineData("ports == 1" + DecimalMax)]
    public void A_number_too_large_once_in_its_base_unit_is_an_error_at_the_number(string condition)
    {
        var compilation = Compile(Regime($"scope {{ include kettle where {condition} }}\n  process {{ step review takes 1 week }}"));

        var diagnostic = Assert.Single(compilation.GetDiagnostics(), d => d.Severity == DiagnosticSeverity.Error);
        Assert.Equal("CERT1026", diagnostic.Code);
        Assert.StartsWith("number too large: ", diagnostic.Message);
        Assert.Matches(@"^\d+$", Spanned(compilation, diagnostic));
    }

    [Fact]
    public void A_test_product_with_a_quantity_too_large_is_an_error_not_a_crash()
    {
        var compilation = Compile(Regime("process { step review takes 1 week }") + $$"""

            test "huge kettle" {
              product {
                category kettle
                rated_voltage {{TooLargeForKilovolts}} kV
              }
              expect CCC required
            }
            """);

        Assert.Equal(["CERT1026"], TestPacks.ProblemCodes(compilation));
    }

    [Fact]
    public void The_largest_quantity_that_fits_is_kept()
    {
        var compilation = Compile(Regime("scope { include kettle where rated_voltage < 79228162514264337593543950 kV }\n  process { step review takes 1 week }"));

        Assert.Empty(TestPacks.Problems(compilation));
    }

    private static string Regime(string body) => $$"""
        regime CCC in CN {
          {{body}}
        }
        """;

    private static Compilation Compile(string text) => TestPacks.Compile(TestPacks.Header + text);

    private static string Spanned(Compilation compilation, Diagnostic diagnostic) =>
        compilation.SyntaxTrees.Single().Text.ToString(diagnostic.Span);
}
