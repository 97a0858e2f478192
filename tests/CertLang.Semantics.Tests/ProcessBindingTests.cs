using CertLang.Semantics.Binding;
using CertLang.Semantics.Types;

namespace CertLang.Semantics.Tests;

/// <summary>Processes: steps, their predecessors, and their durations (the first <c>takes</c> that holds; the default last).</summary>
public sealed class ProcessBindingTests
{
    [Fact]
    public void Steps_keep_source_order_with_titles_and_predecessors()
    {
        var compilation = Compile("""
            step application "Application" takes 1..2 weeks
            step type_test "Type testing" after application {
              takes 1..2 weeks when has_radio
              takes 4..8 weeks
            }
            step factory_inspection "Initial factory inspection" takes 1..2 weeks after application
            step certificate "Certificate issuance" takes 2..3 weeks after type_test, factory_inspection
            step marking takes 1 week after certificate
            """);
        var regime = compilation.Regimes.First(r => r.Name == "CCC");
        var steps = regime.Steps.ToDictionary(s => s.Name);

        Assert.Empty(TestPacks.Problems(compilation));
        Assert.Equal(["application", "type_test", "factory_inspection", "certificate", "marking"], regime.Steps.Select(s => s.Name));
        Assert.All(regime.Steps, step => Assert.Same(regime, step.Regime));
        Assert.Equal("Type testing", steps["type_test"].Title);
        Assert.Null(steps["marking"].Title);
        Assert.Empty(steps["application"].Predecessors);
        Assert.Same(steps["application"], steps["type_test"].Predecessors.Single());
        Assert.Equal([steps["type_test"], steps["factory_inspection"]], steps["certificate"].Predecessors.ToArray());
    }

    [Fact]
    public void Takes_rules_are_tried_in_order_with_the_default_last()
    {
        var step = Compile("""
            step type_test "Type testing" {
              takes 1..2 weeks when has_radio
              takes 3 weeks when use == household
              takes 4..8 weeks
            }
            """).Regimes.First(r => r.Name == "CCC").Steps.Single();

        Assert.Equal([Days(7, 14), Days(21, 21), Days(28, 56)], step.Takes.Select(t => t.Duration).ToArray());
        Assert.IsType<BoundAttributeTest>(step.Takes[0].When);
        Assert.IsType<BoundComparison>(step.Takes[1].When);
        Assert.Null(step.Takes[^1].When);
        Assert.Equal("takes 4..8 weeks", step.Takes[^1].Syntax.ToString());
    }

    [Theory]
    [InlineData("3 days", 0, 3, 0, 3)]
    [InlineData("1 day", 0, 1, 0, 1)]
    [InlineData("2..3 weeks", 0, 14, 0, 21)]
    [InlineData("1 week", 0, 7, 0, 7)]
    [InlineData("1.5 weeks", 0, 11, 0, 11)]
    [InlineData("4 months", 4, 0, 4, 0)]
    [InlineData("1..2 years", 12, 0, 24, 0)]
    [InlineData("1.5 months", 1, 15, 1, 15)]
    [InlineData("0.1 years", 1, 6, 1, 6)]
    [InlineData("1.01..2 months", 1, 1, 2, 0)]
    [InlineData("2.5 years", 30, 0, 30, 0)]
    public void Weeks_and_days_are_days_and_months_and_years_are_calendar_months(string duration, int minMonths, int minDays, int maxMonths, int maxDays)
    {
        var step = Compile($"step review takes {duration}").Regimes.First(r => r.Name == "CCC").Steps.Single();

        Assert.Equal(new DurationRange(new(minMonths, minDays), new(maxMonths, maxDays)), step.Takes.Single().Duration);
    }

    [Fact]
    public void A_duration_after_the_default_is_not_used_but_still_checked()
    {
        var compilation = Compile("""
            step type_test {
              takes 4..8 weeks
              takes 1 week when has_radoi
              takes 2 weeks
            }
            """);

        Assert.Equal(["CERT1043", "CERT1001", "CERT1042"], TestPacks.ProblemCodes(compilation));
        Assert.Null(compilation.Regimes.First(r => r.Name == "CCC").Steps.Single().Takes.Single().When);
    }

    [Theory]
    [InlineData("step marking takes 1 week when has_radio")]
    [InlineData("step marking { takes 1 week when has_radio }")]
    [InlineData("step marking {\n    }")]
    public void A_step_without_a_default_duration_is_an_error(string step)
    {
        Assert.Equal(["CERT1041"], TestPacks.ProblemCodes(Compile(step)));
    }

    [Theory]
    [InlineData("step marking { take 1 week }", "CERT0005")]
    [InlineData("step marking \"Marking\"", "CERT0006")]
    public void A_step_the_parser_reported_is_not_reported_again(string step, string code)
    {
        Assert.Equal([code], TestPacks.ProblemCodes(Compile(step)));
    }

    [Fact]
    public void Steps_are_local_to_their_regime()
    {
        var compilation = TestPacks.Compile(TestPacks.Header + """
            regime CCC in CN {
              process { step application takes 1 week }
            }
            regime LVD in EU {
              process {
                step application takes 2 days
                step testing takes 2 weeks after application
              }
            }
            """);

        Assert.Empty(TestPacks.Problems(compilation));
        var testing = compilation.Regimes.First(r => r.Name == "LVD").Steps[1];
        Assert.Same(compilation.Regimes.First(r => r.Name == "LVD").Steps[0], testing.Predecessors.Single());
    }

    [Fact]
    public void A_cycle_is_reported_once_at_its_first_step()
    {
        var compilation = Compile("""
            step a takes 1 week after c
                step b takes 1 week after a
                step c takes 1 week after b
                step d takes 1 week after d
            """);

        Assert.Equal(
            [
                "(30,10)-(30,11): error CERT1040: steps of 'CCC' wait for each other: a → c → b → a; remove one 'after'",
                "(33,10)-(33,11): error CERT1040: step 'd' waits for itself; remove 'd' from its 'after'",
            ],
            TestPacks.Problems(compilation));
    }

    private static Compilation Compile(string steps) => TestPacks.Compile(TestPacks.Header + $$"""
        regime CCC in CN {
          route certification
          process {
            {{steps}}
          }
        }
        """);

    private static DurationRange Days(int minimum, int maximum) => new(new(0, minimum), new(0, maximum));
}
