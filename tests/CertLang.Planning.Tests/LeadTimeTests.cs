using CertLang.Packs.Model;
using CertLang.Planning.Documentation;
using CertLang.TestSupport;

namespace CertLang.Planning.Tests;

/// <summary>Lead times: the longest path through the step graph, with every step at its minimum and at its maximum.</summary>
public sealed class LeadTimeTests
{
    private static readonly SourceLocation Nowhere = new("pack.cert", 1);

    [Fact]
    public void The_example_regimes_take_what_their_comments_say()
    {
        var pack = PackCompiler.BuildExamples();

        Assert.Equal(new LeadTime(77, 168), LeadTime.Of(pack.Regimes.Single(r => r.Name == "CCC").Steps));
        Assert.Equal(new LeadTime(21, 42), LeadTime.Of(pack.Regimes.Single(r => r.Name == "LVD").Steps));
    }

    [Fact]
    public void The_shortest_and_the_longest_lead_time_may_follow_different_branches()
    {
        var steps = new[] { Step("steady", 10, 10), Step("variable", 1, 30), Step("finish", 1, 1, "steady", "variable") };

        Assert.Equal(new LeadTime(11, 31), LeadTime.Of(steps));
    }

    [Fact]
    public void A_step_spans_all_of_its_takes_lines()
    {
        var step = new PackStep("test", null, [], [Takes(7, 14, new PackCondition("attribute", Attribute: "has_cb_report")), Takes(28, 56, null)], Nowhere);

        Assert.Equal(new LeadTime(7, 56), LeadTime.Of([step]));
    }

    [Fact]
    public void Unconnected_steps_run_in_parallel_and_steps_may_come_in_any_order()
    {
        var steps = new[] { Step("c", 2, 3, "b"), Step("b", 2, 3, "a", "a"), Step("a", 2, 3), Step("alone", 5, 20) };

        Assert.Equal(new LeadTime(6, 20), LeadTime.Of(steps));
    }

    [Fact]
    public void No_steps_take_no_time()
    {
        Assert.Equal(new LeadTime(0, 0), LeadTime.Of([]));
    }

    [Fact]
    public void A_long_chain_needs_no_deep_recursion()
    {
        var steps = Enumerable.Range(0, 100_000).Select(i => i == 0 ? Step("s0", 1, 2) : Step($"s{i}", 1, 2, $"s{i - 1}")).ToList();

        Assert.Equal(new LeadTime(100_000, 200_000), LeadTime.Of(steps));
    }

    [Fact]
    public void A_cycle_or_an_unknown_predecessor_is_an_internal_error()
    {
        Assert.Throws<InvalidOperationException>(() => LeadTime.Of([Step("a", 1, 1, "b"), Step("b", 1, 1, "a")]));
        Assert.Throws<InvalidOperationException>(() => LeadTime.Of([Step("a", 1, 1, "missing")]));
    }

    private static PackStep Step(string name, int minDays, int maxDays, params string[] after) =>
        new(name, null, [.. after], [Takes(minDays, maxDays, null)], Nowhere);

    private static PackDuration Takes(int minDays, int maxDays, PackCondition? when) => new(minDays, maxDays, when, Nowhere);
}
