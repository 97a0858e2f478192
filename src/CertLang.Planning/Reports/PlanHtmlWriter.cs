using System.Globalization;
using System.Text;
using CertLang.Planning.Plans;
using CertLang.Planning.Text;
using static CertLang.Planning.Reports.PlanWording;

namespace CertLang.Planning.Reports;

/// <summary>
/// Writes a plan as one self-contained HTML page: inline CSS and SVG, no script and nothing fetched from the network; the
/// only links go to the page's own sections. The products' table (with several, a portfolio: the verdicts counted, the
/// regimes most often critical, the products late first), then per product its verdict, the certificate map (a row per
/// market), the follow-ups of its certificates and a Gantt chart of the schedule. The markup is also well-formed XML
/// (closed tags, quoted attributes, character references only), so that tools can check it without a browser.
/// </summary>
public static class PlanHtmlWriter
{
    /// <summary>The page of <paramref name="plan"/>, lines ending in <c>\n</c>; the same plan gives the same bytes.</summary>
    public static string Write(Plan plan)
    {
        var title = $"Certification plan: {plan.Pack.Name} {plan.Pack.Version}, ship {Iso(plan.Ship)}";
        var html = new StringBuilder();
        html.Append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\"/>\n");
        html.Append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\"/>\n");
        html.Append($"<title>{HtmlText.Escape(title)}</title>\n<style>\n{PlanHtmlStyle.Css}\n</style>\n</head>\n<body>\n");
        html.Append($"<h1>{HtmlDates.Mark(HtmlText.Escape(title))}</h1>\n");
        html.Append($"<p class=\"facts\">Pack {HtmlText.Escape(plan.Pack.Name)} {HtmlText.Escape(plan.Pack.Version)}");
        html.Append(plan.Pack.Hash.Length > 0 ? $" <code class=\"hash\">{HtmlText.Escape(plan.Pack.Hash)}</code>" : "");
        html.Append($" · ship <span class=\"date\">{Iso(plan.Ship)}</span> · today <span class=\"date\">{Iso(plan.Today)}</span> · {EstimateName(plan.Estimate)} estimate</p>\n");
        foreach (var warning in plan.Warnings)
        {
            html.Append($"<p class=\"warning\">Warning: {HtmlDates.Mark(HtmlText.Escape(warning))}</p>\n");
        }

        var anchors = plan.Products.Select((product, i) => (Product: product, Anchor: $"product-{(i + 1).ToString(CultureInfo.InvariantCulture)}"))
            .ToDictionary<(ProductPlan Product, string Anchor), ProductPlan, string>(p => p.Product, p => p.Anchor, ReferenceEqualityComparer.Instance);
        AppendSummary(html, plan, anchors);
        foreach (var product in plan.Products)
        {
            AppendProduct(html, product, anchors[product], plan);
        }

        html.Append("</body>\n</html>\n");
        return html.ToString();
    }

    private static void AppendSummary(StringBuilder html, Plan plan, Dictionary<ProductPlan, string> anchors)
    {
        var products = plan.Products.Length > 1 ? ByUrgency(plan.Products).ToList() : [.. plan.Products];
        if (plan.Products.Length > 1)
        {
            var summary = PortfolioSummary.Of(plan);
            html.Append($"<section class=\"portfolio\">\n<h2>Portfolio of {summary.Products} products</h2>\n<p class=\"counts\">{VerdictCounts(summary)}</p>\n");
            html.Append(CriticalRegimes(summary) is { } critical ? $"<p>Most often on the critical path: {HtmlText.Escape(critical)}</p>\n" : "");
        }

        html.Append("<table class=\"summary\">\n<thead>\n<tr><th scope=\"col\">product</th><th scope=\"col\">name</th><th scope=\"col\">start by</th><th scope=\"col\">verdict</th></tr>\n</thead>\n<tbody>\n");
        foreach (var product in products)
        {
            html.Append($"<tr><th scope=\"row\"><a href=\"#{anchors[product]}\">{HtmlText.Escape(product.Id)}</a></th><td>{HtmlText.Escape(product.Name ?? "")}</td><td class=\"date\">{Iso(product.StartBy)}</td>");
            html.Append($"<td class=\"{product.Verdict.Name()}\">{HtmlDates.Mark(HtmlText.Escape(Verdict(product)))}</td></tr>\n");
        }

        html.Append("</tbody>\n</table>\n");
        html.Append(plan.Products.Length > 1 ? "</section>\n" : "");
    }

    private static void AppendProduct(StringBuilder html, ProductPlan product, string anchor, Plan plan)
    {
        html.Append($"<section class=\"product\" id=\"{anchor}\">\n<h2>{HtmlText.Escape(product.Id)}{(product.Name is null ? "" : $" · {HtmlText.Escape(product.Name)}")}</h2>\n");
        html.Append($"<p class=\"verdict {product.Verdict.Name()}\">{HtmlDates.Mark(HtmlText.Escape(Verdict(product)))}</p>\n");
        var notes = Notes(product).ToList();
        if (notes.Count > 0)
        {
            html.Append("<ul class=\"notes\">\n");
            notes.ForEach(note => html.Append($"<li>{HtmlDates.Mark(HtmlText.Escape(note))}</li>\n"));
            html.Append("</ul>\n");
        }

        html.Append("<h3>Certificate map</h3>\n");
        CertificateMapHtml.Append(html, product);
        AppendFollowUps(html, product);
        html.Append("<h3>Schedule</h3>\n");
        if (product.Markets.All(m => m.Regimes.All(r => r.Steps.IsEmpty)))
        {
            html.Append("<p>Nothing to schedule.</p>\n</section>\n");
            return;
        }

        html.Append($"<p class=\"critical-path\">Critical path: {HtmlText.Escape(CriticalPath(product))}</p>\n");
        html.Append($"<figure class=\"schedule\">\n<figcaption class=\"verdict {product.Verdict.Name()}\">{HtmlDates.Mark(HtmlText.Escape(Verdict(product)))}</figcaption>\n<div class=\"gantt-box\">\n");
        GanttChartSvg.Append(html, product, plan.Today, plan.Ship);
        html.Append("</div>\n</figure>\n");
        html.Append("<p class=\"legend\"><span class=\"swatch\"></span>step<span class=\"swatch critical\"></span>step on the critical path</p>\n");
        html.Append("</section>\n");
    }

    private static void AppendFollowUps(StringBuilder html, ProductPlan product)
    {
        var regimes = FollowUpRegimes(product).ToList();
        if (regimes.Count == 0)
        {
            return;
        }

        html.Append("<h3>Follow-ups</h3>\n<ul class=\"follow-ups\">\n");
        foreach (var (market, regime) in regimes)
        {
            html.Append($"<li><span class=\"regime\">{HtmlText.Escape(regime.Regime)}</span> ({HtmlText.Escape(Market(market))}): {HtmlDates.Mark(HtmlText.Escape(FollowUpLine(regime)))}</li>\n");
        }

        html.Append("</ul>\n");
    }
}
