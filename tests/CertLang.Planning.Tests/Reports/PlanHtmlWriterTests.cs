using System.Globalization;
using System.Xml.Linq;
using CertLang.Planning.Plans;
using CertLang.Planning.Reports;
using CertLang.Semantics.Symbols;

namespace CertLang.Planning.Tests.Reports;

/// <summary>
/// Checks the HTML plan without a browser: it parses as XML, draws exactly one bar per scheduled step with <c>critical</c> on
/// exactly the critical path, marks today and the shipment date, maps statuses with their reasons, and fetches nothing.
/// </summary>
public sealed class PlanHtmlWriterTests
{
    private static readonly Plan Plan = SamplePlan.Create();
    private static readonly string Html = PlanHtmlWriter.Write(Plan);
    private static readonly XDocument Page = XDocument.Parse(Html);

    [Fact]
    public void The_page_is_an_html5_document_that_parses_as_xml()
    {
        Assert.StartsWith("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\"/>", Html);
        Assert.Equal("html", Page.Root!.Name.LocalName);
        Assert.Equal(["head", "body"], Page.Root.Elements().Select(e => e.Name.LocalName));
    }

    [Fact]
    public void Each_product_has_a_chart_with_exactly_one_bar_per_scheduled_step()
    {
        foreach (var product in Plan.Products)
        {
            var bars = Chart(product).Descendants("rect").Where(r => HasClass(r, "bar")).ToList();

            Assert.Equal(SamplePlan.ScheduledSteps(product).ToList(), bars.Select(Step).ToList());
        }

        Assert.Equal(Plan.Products.Sum(p => SamplePlan.ScheduledSteps(p).Count()), Page.Descendants("rect").Count(r => HasClass(r, "bar")));
    }

    [Fact]
    public void Exactly_the_steps_on_the_critical_path_are_critical()
    {
        foreach (var product in Plan.Products)
        {
            var critical = Chart(product).Descendants("rect").Where(r => HasClass(r, "critical")).Select(Step);

            Assert.Equal(product.CriticalPath.Select(s => (s.Market, s.Regime, s.Step)).Order(), critical.Order());
        }
    }

    [Fact]
    public void A_bar_has_a_tooltip_with_regime_step_dates_and_days_and_spans_its_dates()
    {
        var chart = Chart(Product("HD-2"));
        var test = chart.Descendants("rect").Single(r => Step(r) == ("KR", "KCS", "test"));

        Assert.Equal("KR · KCS · Safety test (test): 2027-01-19 – 2027-05-11, 112 days, critical path", test.Parent!.Element("title")!.Value);
        var ship = MarkerX(chart, "ship");
        var declare = chart.Descendants("rect").Single(r => Step(r) == ("GB", "UKCA", "declare"));
        Assert.Equal(ship, Number(declare, "x") + Number(declare, "width"), tolerance: 0.02);
        Assert.Equal(7.0 / 112, Number(declare, "width") / Number(test, "width"), tolerance: 0.001);
    }

    [Fact]
    public void Today_and_the_shipment_date_are_labelled_lines_in_date_order()
    {
        foreach (var product in Plan.Products)
        {
            var chart = Chart(product);

            Assert.Single(chart.Descendants("text"), t => HasClass(t, "today") && t.Value == "today 2027-03-01");
            Assert.Single(chart.Descendants("text"), t => HasClass(t, "ship") && t.Value == "ship 2027-06-01");
            Assert.True(MarkerX(chart, "today") < MarkerX(chart, "ship"));
        }
    }

    [Fact]
    public void The_date_axis_has_a_labelled_tick_per_month_from_the_earliest_date_to_the_earliest_ship_date()
    {
        var labels = Chart(Product("HD-2")).Descendants("text").Where(t => HasClass(t, "tick-label")).Select(t => t.Value);

        Assert.Equal(["2027-01", "2027-02", "2027-03", "2027-04", "2027-05", "2027-06", "2027-07", "2027-08"], labels);
    }

    [Fact]
    public void Over_several_years_the_axis_labels_fewer_months_on_calendar_boundaries()
    {
        var step = new ScheduledStep("s", null, new DateOnly(2022, 3, 14), new DateOnly(2027, 6, 1), 1905);
        var regime = new RegimePlan(Decisions.Of("R", "M", RegimeStatus.Required), step.Start, null, [step], [], null);
        var product = new ProductPlan("P", null, null, Verdict.Late, [], step.Start, 100, step.Start.AddDays(200), [new CriticalStep("M", "R", "s")], [new MarketPlan("M", ["M"], step.Start, [regime], [])]);
        var page = XDocument.Parse(PlanHtmlWriter.Write(Plan with { Today = new DateOnly(2022, 6, 22), Products = [product] }));

        var ticks = page.Descendants("line").Where(l => HasClass(l, "tick")).ToList();
        var labels = page.Descendants("text").Where(t => HasClass(t, "tick-label")).Select(t => t.Value);
        Assert.Equal(64, ticks.Count);
        Assert.Equal(["2022-07", "2023-01", "2023-07", "2024-01", "2024-07", "2025-01", "2025-07", "2026-01", "2026-07", "2027-01"], labels);
    }

    [Fact]
    public void A_product_with_nothing_scheduled_has_its_map_and_no_chart()
    {
        var regime = new RegimePlan(Decisions.Of("R", "M", RegimeStatus.NotRequired), null, null, [], [], null);
        var product = new ProductPlan("P", null, null, Verdict.OnTrack, [], null, 0, null, [], [new MarketPlan("M", ["M"], null, [regime], [])]);
        var page = XDocument.Parse(PlanHtmlWriter.Write(Plan with { Products = [product] }));

        Assert.Empty(page.Descendants("svg"));
        Assert.Equal(["on track: nothing to certify", "Nothing to schedule."], page.Descendants("section").Elements("p").Select(p => p.Value));
        Assert.Equal("R not-required", ChipText(page.Descendants("li").Single(li => HasClass(li, "chip"))));
    }

    [Fact]
    public void The_certificate_map_has_a_row_per_market_with_its_regimes_as_chips_coloured_by_status_and_reasons_on_hover_and_in_text()
    {
        var map = Section(Product("K-1")).Descendants("table").Single(t => HasClass(t, "map"));

        var rows = map.Element("tbody")!.Elements("tr").ToDictionary(tr => tr.Element("th")!.Value, tr => tr.Descendants("li").ToList());
        Assert.Equal(["KR", "GB", "EU for DE"], rows.Keys);
        Assert.Equal(["LVD", "RED"], rows["EU for DE"].Select(li => li.Element("span")!.Value));
        var lvd = rows["EU for DE"][0];
        Assert.Equal("chip required", lvd.Attribute("class")!.Value);
        Assert.Equal("LVD required start by 2027-05-04 : pack.cert:26: include appliance where rated_voltage >= 50 V → true", ChipText(lvd));
        Assert.Equal("pack.cert:26: include appliance where rated_voltage >= 50 V → true", lvd.Attribute("title")!.Value);
        Assert.Equal("2027-05-04", lvd.Descendants("span").Single(span => HasClass(span, "date")).Value);
        Assert.Equal(("chip satisfied-by", "satisfied by LVD"), (rows["GB"][0].Attribute("class")!.Value, rows["GB"][0].Elements("span").ElementAt(1).Value));
        var red = Section(Product("HD-2")).Descendants("li").Where(li => HasClass(li, "undetermined")).Select(li => li.Elements("span").ElementAt(1).Value);
        Assert.Equal(["undetermined (missing rated_voltage)", "undetermined (missing has_radio, rated_voltage)"], red);
    }

    [Fact]
    public void A_portfolio_lists_the_products_late_first_with_the_verdicts_counted_and_links_to_each_product()
    {
        var portfolio = Page.Descendants("section").Single(s => HasClass(s, "portfolio"));

        Assert.Equal("1 late, 0 incomplete, 1 on track", portfolio.Elements("p").First().Value);
        var links = portfolio.Descendants("a").Select(a => (a.Value, a.Attribute("href")!.Value)).ToList();
        Assert.Equal([("HD-2", "#product-2"), ("K-1", "#product-1")], links);
        Assert.All(links, link => Assert.Single(Page.Descendants("section"), s => "#" + s.Attribute("id")?.Value == link.Item2));
    }

    [Fact]
    public void A_late_products_chart_marks_its_earliest_ship_date_and_its_verdict()
    {
        var section = Section(Product("HD-2"));

        Assert.Single(Chart(Product("HD-2")).Descendants("text"), t => HasClass(t, "earliest") && t.Value.StartsWith("earliest ship ", StringComparison.Ordinal));
        Assert.StartsWith("late: ", section.Descendants("figcaption").Single().Value, StringComparison.Ordinal);
        Assert.DoesNotContain(Chart(Product("K-1")).Descendants("text"), t => HasClass(t, "earliest"));
    }

    [Fact]
    public void Texts_are_escaped()
    {
        Assert.Contains("<h2>HD-2 · Hair dryer &lt;Pro&gt; &amp; co</h2>", Html);
        Assert.Equal("HD-2 · Hair dryer <Pro> & co", Section(Product("HD-2")).Element("h2")!.Value);
    }

    [Fact]
    public void The_page_is_self_contained_with_no_script_and_no_address()
    {
        Assert.DoesNotContain("http", Html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("url(", Html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("@import", Html, StringComparison.OrdinalIgnoreCase);
        var elements = Page.Descendants().Select(e => e.Name.LocalName).ToHashSet();
        Assert.Empty(elements.Intersect(["script", "link", "img", "image", "iframe", "object", "embed", "use", "font"]));
        Assert.DoesNotContain(Page.Descendants().Attributes(), a => a.Name.LocalName.StartsWith("on", StringComparison.Ordinal) || a.Name.LocalName == "src");
        Assert.All(Page.Descendants().Attributes("href"), href => Assert.StartsWith("#product-", href.Value, StringComparison.Ordinal));
        Assert.Single(Page.Descendants("style"));
    }

    [Fact]
    public void The_same_plan_gives_the_same_bytes()
    {
        Assert.Equal(Html, PlanHtmlWriter.Write(SamplePlan.Create()));
    }

    private static ProductPlan Product(string id) => Plan.Products.Single(p => p.Id == id);

    private static XElement Section(ProductPlan product) =>
        Page.Descendants("section").Single(s => s.Element("h2")!.Value.StartsWith(product.Id + " ", StringComparison.Ordinal));

    private static XElement Chart(ProductPlan product) => Section(product).Descendants("svg").Single();

    private static (string Market, string Regime, string Step) Step(XElement bar) =>
        (bar.Attribute("data-market")!.Value, bar.Attribute("data-regime")!.Value, bar.Attribute("data-step")!.Value);

    private static double MarkerX(XElement chart, string marker) =>
        Number(chart.Descendants("line").Single(l => HasClass(l, "marker") && HasClass(l, marker)), "x1");

    private static double Number(XElement element, string attribute) => double.Parse(element.Attribute(attribute)!.Value, CultureInfo.InvariantCulture);

    /// <summary>A chip's parts as a reader hears them, one space apart (the parser drops the spaces between elements).</summary>
    private static string ChipText(XElement chip) => string.Join(" ", chip.Elements("span").Select(span => span.Value));

    private static bool HasClass(XElement element, string name) =>
        element.Attribute("class")?.Value.Split(' ').Contains(name) == true;
}
