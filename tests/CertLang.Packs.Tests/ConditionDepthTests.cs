using System.Collections.Immutable;
using System.Text;
using CertLang.Packs.Evaluation;
using CertLang.Packs.Model;
using CertLang.Packs.Serialization;
using CertLang.Semantics.Symbols;
using CertLang.Syntax.Diagnostics;
using CertLang.Syntax.Parsing;
using CertLang.TestSupport;
using CsCheck;

namespace CertLang.Packs.Tests;

/// <summary>
/// Check and build agree on depth: a condition nested as deep as the parser's <see cref="NestingGuard"/> allows
/// compiles, is written, reads back to the same pack, and evaluates as it did before it was written.
/// </summary>
public sealed class ConditionDepthTests
{
    /// <summary>The braces around a <c>takes … when</c> condition: regime, process and step.</summary>
    private const int BracesAroundCondition = 3;

    private const int Levels = NestingGuard.MaxDepth - BracesAroundCondition;

    private static readonly ImmutableArray<ProductFacts> Products =
    [
        .. from radio in new bool?[] { true, false, null }
           from logic in new bool?[] { true, false, null }
           from volts in new decimal?[] { 50, 230, null }
           select Product(radio, logic, volts),
    ];

    [Theory]
    [InlineData("not")]
    [InlineData("bracket")]
    [InlineData("alternating")]
    public void A_condition_at_the_deepest_nesting_builds_reads_back_and_evaluates_equal(string shape)
    {
        var levels = Enumerable.Range(0, Levels).Select(level => shape switch
        {
            "not" => true,
            "bracket" => false,
            _ => level % 2 == 0,
        });

        AssertRoundTrips([.. levels]);
    }

    [Fact]
    public void Any_mix_of_nots_and_brackets_within_the_limit_builds_reads_back_and_evaluates_equal()
    {
        Gen.Bool.Array[0, Levels].Sample(AssertRoundTrips, iter: PropertyIterations.Read(200) / 200 + 20);
    }

    /// <summary>Each level is a <c>not</c> (true) or a bracket behind an <c>or</c> and an <c>and</c> (false).</summary>
    private static void AssertRoundTrips(bool[] levels)
    {
        var compilation = PackCompiler.Compile(("deep.cert", Source(levels)));
        Assert.DoesNotContain(compilation.GetDiagnostics(), d => d.Severity == DiagnosticSeverity.Error);
        var built = PackCompiler.Build(compilation);

        var json = RulePackJson.Write(built);
        var read = RulePackJson.Read(json);

        Assert.Equal(json, RulePackJson.Write(read));
        var (before, after) = (new PackEvaluator(built), new PackEvaluator(read));
        foreach (var product in Products)
        {
            Assert.Equal(before.Decide("R", product, new DateOnly(2027, 1, 1), AcceptancePolicy.AnyMarket).Status, after.Decide("R", product, new DateOnly(2027, 1, 1), AcceptancePolicy.AnyMarket).Status);
            Assert.Equal(before.DurationOf(built.Regimes[0].Steps[0], product).Min, after.DurationOf(read.Regimes[0].Steps[0], product).Min);
        }
    }

    private static string Source(bool[] levels)
    {
        var condition = new StringBuilder("has_radio or digital_logic and ");
        foreach (var isNot in levels)
        {
            condition.Append(isNot ? "not " : "has_radio or digital_logic and (");
        }

        condition.Append("rated_voltage > 100 V").Append(')', levels.Count(isNot => !isNot));
        return $$"""
            pack deep version 1.0.0
            market M
            attribute has_radio: bool
            attribute digital_logic: bool
            attribute rated_voltage: voltage
            regime R in M {
              scope {
                include where {{condition}}
              }
              process {
                step s {
                  takes 1 day when {{condition}}
                  takes 2 days
                }
              }
            }
            """;
    }

    private static ProductFacts Product(bool? radio, bool? logic, decimal? volts)
    {
        var values = ImmutableSortedDictionary.CreateBuilder<string, PackValue>(StringComparer.Ordinal);
        if (radio is { } r)
        {
            values["has_radio"] = new PackValue(Bool: r);
        }

        if (logic is { } l)
        {
            values["digital_logic"] = new PackValue(Bool: l);
        }

        if (volts is { } v)
        {
            values["rated_voltage"] = new PackValue(Number: v, Unit: "V");
        }

        return new ProductFacts($"{radio}-{logic}-{volts}", values.ToImmutable());
    }
}
