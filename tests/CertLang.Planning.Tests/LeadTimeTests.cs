using CertLang.Packs.Model;
using CertLang.Planning.Documentation;
using CertLang.Semantics.Processes;
using CertLang.Semantics.Types;
using CertLang.TestSupport;

namespace CertLang.Planning.Tests;

/// <summary>Lead times: the longest path through the step graph, with every step at its minimum and at its maximum, in calendar time.</summary>
public sealed class LeadTimeTests
{
    private static readonly SourceLocation Nowhere = new("pack.cert", 1);

    [Fact]
    public void The_example_regimes_take_what_their_comments_say()
    {
        var pack = PackCompiler.BuildExamples();

        // CCC: about three months to 5-6 months (notes section 1, S8, S9); BIS CRS: 60-90 working days (section 6, S4).
        Assert.Equal("12..26 weeks", ProcessLeadTime.Of(pack.Regimes.Single(r => r.Name == "CCC").Steps).ToString());
        Assert.Equal("12..18 weeks", ProcessLeadTime.Of(pack.Regimes.Single(r => r.Name == "BIS_CRS").Steps).ToString());
        Assert.Equal("3..6 weeks", ProcessLeadTime.Of(pack.Regimes.Single(r => r.Name == "LVD").Steps).ToString());
    }

    [Fact]
    public void The_shortest_and_the_longest_lead_time_may_follow_different_branches()
    {
        var steps = new[] { Step("steady", 10, 10), Step("variable", 1, 30), Step("finish", 1, 1, "steady", "variable") };

        Assert.Equal(Days(11, 31), ProcessLeadTime.Of(steps));
    }

    [Fact]
    public void A_step_spans_all_of_its_takes_lines()
    {
        var step = new PackStep("test", null, [], [Takes(7, 14, new PackCondition("attribute", Attribute: "has_cb_report")), Takes(28, 56, null)], Nowhere);

        Assert.Equal(Days(7, 56), ProcessLeadTime.Of([step]));
    }

    [Fact]
    public void Unconnected_steps_run_in_parallel_and_steps_may_come_in_any_order()
    {
        var steps = new[] { Step("c", 2, 3, "b"), Step("b", 2, 3, "a", "a"), Step("a", 2, 3), Step("alone", 5, 20) };

        Assert.Equal(Days(6, 20), ProcessLeadTime.Of(steps));
    }

    [Fact]
    public void No_steps_take_no_time()
    {
        Assert.Equal(Days(0, 0), ProcessLeadTime.Of([]));
        Assert.Equal("0 days", ProcessLeadTime.Of([]).ToString());
    }

    [Fact]
    public void Steps_in_months_add_up_to_months_and_a_mix_with_days_is_about()
    {
        var months = new[] { Calendar("a", new(1, 0), new(2, 0)), Calendar("b", new(3, 0), new(3, 0), "a") };
        var mixed = new[] { Calendar("a", new(3, 0), new(3, 0)), Calendar("b", new(0, 14), new(0, 21), "a") };

        Assert.Equal("4..5 months", ProcessLeadTime.Of(months).ToString());
        Assert.False(ProcessLeadTime.Of(months).IsApproximate);
        Assert.Equal("about 3 months 2 weeks..3 months 3 weeks", ProcessLeadTime.Of(mixed).ToString());
        Assert.True(ProcessLeadTime.Of(mixed).IsApproximate);
    }

    [Fact]
    public void Parallel_branches_in_months_and_in_days_are_compared_by_approximate_days()
    {
        var steps = new[] { Calendar("month", new(1, 0), new(1, 0)), Calendar("days", new(0, 29), new(0, 31)) };

        Assert.Equal(new LeadTime(new DurationRange(new(1, 0), new(0, 31))), ProcessLeadTime.Of(steps));
    }

    [Fact]
    public void A_long_chain_needs_no_deep_recursion()
    {
        var steps = Enumerable.Range(0, 100_000).Select(i => i == 0 ? Step("s0", 1, 2) : Step($"s{i}", 1, 2, $"s{i - 1}")).ToList();

        Assert.Equal(Days(100_000, 200_000), ProcessLeadTime.Of(steps));
    }

    [Fact]
    public void A_cycle_or_an_unknown_predecessor_is_an_internal_error()
    {
        Assert.Throws<InvalidOperationException>(() => ProcessLeadTime.Of([Step("a", 1, 1, "b"), Step("b", 1, 1, "a")]));
        Assert.Throws<InvalidOperationException>(() => ProcessLeadTime.Of([Step("a", 1, 1, "missing")]));
    }

    private static LeadTime Days(int min, int max) => new(new DurationRange(new(0, min), new(0, max)));

    private static PackStep Step(string name, int minDays, int maxDays, params string[] after) =>
        Calendar(name, new(0, minDays), new(0, maxDays), after);

    private static PackStep Calendar(string name, CalendarDuration min, CalendarDuration max, params string[] after) =>
        new(name, null, [.. after], [new PackDuration(min, max, null, Nowhere)], Nowhere);

    private static PackDuration Takes(int minDays, int maxDays, PackCondition? when) => new(new(0, minDays), new(0, maxDays), when, Nowhere);
}
