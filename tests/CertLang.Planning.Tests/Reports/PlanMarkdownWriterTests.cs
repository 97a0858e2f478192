using System.Collections.Immutable;
using CertLang.Packs.Evaluation;
using CertLang.Packs.Model;
using CertLang.Planning.Plans;
using CertLang.Planning.Reports;
using CertLang.Semantics.Symbols;

namespace CertLang.Planning.Tests.Reports;

/// <summary>
/// The Markdown plan: the heading; in full (<see cref="PlanDetail.All"/>) the table of products and per product its regimes,
/// critical path and schedule as well-formed tables; for several products by default a summary that fits a comment.
/// </summary>
public sealed class PlanMarkdownWriterTests
{
    private static readonly Plan Plan = SamplePlan.Create();
    private static readonly string Markdown = PlanMarkdownWriter.Write(Plan, PlanDetail.All);
    private static readonly List<List<string[]>> Tables = MarkdownTable.All(Markdown);

    [Fact]
    public void The_heading_names_the_pack_the_shipment_date_today_and_the_estimate()
    {
        Assert.StartsWith("## Certification plan: pack demo 1.0.0, ship 2027-06-01, today 2027-03-01, pessimistic estimate\n\n", Markdown);
    }

    [Fact]
    public void The_summary_gives_each_products_start_by_and_its_verdict_with_late_ones_in_bold()
    {
        Assert.Equal(
            [
                ["product", "name", "start by", "verdict"],
                ["K-1", "Kettle \\| 1.7 l", "2027-04-20", "on track: start by 2027-04-20"],
                ["HD-2", "Hair dryer \\<Pro\\> \\& co", "2027-01-12", "**late**: by 48 days, should have started on 2027-01-12; earliest ship 2027-07-19"],
            ],
            Tables[0]);
    }

    [Fact]
    public void Every_row_of_every_table_has_as_many_cells_as_its_header()
    {
        Assert.Equal(5, Tables.Count);
        Assert.All(Tables, table => Assert.All(table, row => Assert.Equal(table[0].Length, row.Length)));
    }

    [Fact]
    public void Each_product_lists_its_markets_and_regimes_with_status_start_by_and_deciding_clauses()
    {
        var kettle = Tables[1];
        Assert.Equal(["market", "regime", "status", "start by", "deciding clauses"], kettle[0]);
        Assert.Equal(["KR", "KCS", "required", "2027-04-20", "`pack.cert:11`"], kettle[1]);
        Assert.Equal(["GB", "UKCA", "satisfied by LVD", "—", "`pack.cert:23`"], kettle[3]);
        Assert.Equal(["EU for DE", "RED", "not-required", "—", "`pack.cert:33`"], kettle[5]);
        Assert.Equal(["EU for DE", "RED", "undetermined (missing has_radio, rated_voltage)", "—", "`pack.cert:33`"], Tables[3][5]);
    }

    [Fact]
    public void Each_product_with_a_schedule_gives_its_critical_path_and_a_row_per_step()
    {
        Assert.Contains("\n### HD-2 · Hair dryer \\<Pro\\> \\& co\n", Markdown);
        Assert.Contains("\n**Critical path:** KR KCS.apply → KR KCS.test → KR KCE.emc\n", Markdown);
        var schedule = Tables[4];
        Assert.Equal(["market", "regime", "step", "start", "end", "days"], schedule[0]);
        Assert.Equal(SamplePlan.ScheduledSteps(Plan.Products[1]).Select(s => (s.Market, s.Regime)), schedule.Skip(1).Select(r => (r[0], r[1])));
        Assert.Equal(["KR", "KCS", "Safety test (test)", "2027-01-19", "2027-05-11", "112"], schedule[2]);
    }

    [Fact]
    public void Pipes_backticks_line_breaks_and_markup_cannot_break_a_table_or_become_formatting()
    {
        var odd = new RegimePlan(Decisions.Of("R|1", "M", RegimeStatus.Required, ("include x", new SourceLocation("a|b`c.cert", 3), Tri.True)),
            new DateOnly(2027, 1, 1), null, [new ScheduledStep("s", "Test *all*\nthe _things_ [here](x)", new DateOnly(2027, 1, 1), new DateOnly(2027, 2, 1), 31)], [], null);
        var product = new ProductPlan("P|1", "<b>bold</b>", null, Verdict.OnTrack, [], new DateOnly(2027, 1, 1), 0, null, [new CriticalStep("M", "R|1", "s")],
            [new MarketPlan("M", ["M"], new DateOnly(2027, 1, 1), [odd], [])]);
        var markdown = PlanMarkdownWriter.Write(Plan with { Products = ImmutableArray.Create(product) });

        var tables = MarkdownTable.All(markdown);
        Assert.Equal(["P\\|1", "\\<b\\>bold\\</b\\>", "2027-01-01", "on track: start by 2027-01-01"], tables[0][1]);
        Assert.Equal(["M", "R\\|1", "required", "2027-01-01", "``a\\|b`c.cert:3``"], tables[1][1]);
        Assert.Equal(["M", "R\\|1", "Test \\*all\\* the \\_things\\_ \\[here\\](x) (s)", "2027-01-01", "2027-02-01", "31"], tables[2][1]);
        Assert.All(tables, table => Assert.All(table, row => Assert.Equal(table[0].Length, row.Length)));
    }

    [Fact]
    public void A_product_with_nothing_scheduled_has_its_regimes_and_no_critical_path_or_schedule()
    {
        var regime = new RegimePlan(Decisions.Of("R", "M", RegimeStatus.NotRequired), null, null, [], [], null);
        var product = new ProductPlan("P", null, null, Verdict.OnTrack, [], null, 0, null, [], [new MarketPlan("M", ["M"], null, [regime], [])]);
        var markdown = PlanMarkdownWriter.Write(Plan with { Products = [product] });

        Assert.Equal(2, MarkdownTable.All(markdown).Count);
        Assert.Equal(["M", "R", "not-required", "—", ""], MarkdownTable.All(markdown)[1][1]);
        Assert.DoesNotContain("Critical path", markdown);
    }

    [Fact]
    public void The_same_plan_gives_the_same_text()
    {
        Assert.Equal(Markdown, PlanMarkdownWriter.Write(SamplePlan.Create(), PlanDetail.All));
    }

    [Fact]
    public void Several_products_are_summarised_by_default_with_the_late_and_incomplete_ones_one_line_each()
    {
        var summary = PlanMarkdownWriter.Write(Plan);

        Assert.Contains("**2 products:** 1 late, 0 incomplete, 1 on track.\n\nMost often on the critical path: KCE (2 products), KCS (2 products).\n", summary);
        Assert.Contains("\n### Late (1)\n\n- **HD-2** · Hair dryer \\<Pro\\> \\& co: late: by 48 days, should have started on 2027-01-12; earliest ship 2027-07-19\n", summary);
        Assert.DoesNotContain("K-1", summary);
        Assert.Empty(MarkdownTable.All(summary));
    }

    [Fact]
    public void The_summary_of_ten_thousand_products_stays_under_60000_characters_and_says_how_many_more_there_are()
    {
        var late = Plan.Products[1];
        var products = Enumerable.Range(0, 10_000).Select(i => late with { Id = $"HD-{i:00000}", Name = new string('n', 500) });
        var summary = PlanMarkdownWriter.Write(Plan with { Products = [.. products] });

        Assert.InRange(summary.Length, 50_000, 59_999);
        Assert.Matches(@"\n- and \d+ more late products\n", summary);
        Assert.Contains("**10000 products:** 10000 late, 0 incomplete, 0 on track.", summary);
    }

    [Fact]
    public void One_product_is_written_in_full_with_the_follow_ups_of_its_certificates()
    {
        var step = new ScheduledStep("s", null, new DateOnly(2027, 1, 1), new DateOnly(2027, 6, 1), 151);
        var checks = new[] { 2028, 2029, 2030, 2031, 2032 }.Select(year => new SurveillanceDue("Factory inspection", new DateOnly(year, 6, 1)));
        var regime = new RegimePlan(Decisions.Of("R", "M", RegimeStatus.Required), step.Start, null, [step], [.. checks], new Renewal(new DateOnly(2032, 6, 1), new DateOnly(2031, 12, 31)));
        var product = new ProductPlan("P", null, null, Verdict.OnTrack, [], step.Start, 0, null, [new CriticalStep("M", "R", "s")], [new MarketPlan("M", ["M"], step.Start, [regime], [])]);
        var tables = MarkdownTable.All(PlanMarkdownWriter.Write(Plan with { Products = [product] }));

        Assert.Equal(["market", "regime", "follow-up checks", "renewal"], tables[2][0]);
        Assert.Equal(["M", "R", "Factory inspection due 2028-06-01, 2029-06-01, 2030-06-01 and 2 more", "expires 2032-06-01, renew from 2031-12-31"], tables[2][1]);
    }
}
