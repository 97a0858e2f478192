using System.Text;
using CertLang.Planning.Plans;
using CertLang.Planning.Text;
using static CertLang.Planning.Reports.PlanWording;

namespace CertLang.Planning.Reports;

/// <summary>
/// Writes a plan as one self-contained HTML page: inline CSS and SVG, no script and nothing fetched from the network. Per
/// product: its verdict, the certificate map (markets × regimes) and a Gantt chart of the schedule. The markup is also
/// well-formed XML (closed tags, quoted attributes, character references only), so that tools can check it without a browser.
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
        html.Append($"<h1>{HtmlText.Escape(title)}</h1>\n");
        html.Append($"<p class=\"facts\">Pack {HtmlText.Escape(plan.Pack.Name)} {HtmlText.Escape(plan.Pack.Version)}");
        html.Append(plan.Pack.Hash.Length > 0 ? $" <code>{HtmlText.Escape(plan.Pack.Hash)}</code>" : "");
        html.Append($" · ship {Iso(plan.Ship)} · today {Iso(plan.Today)} · {EstimateName(plan.Estimate)} estimate</p>\n");
        foreach (var warning in plan.Warnings)
        {
            html.Append($"<p class=\"warning\">Warning: {HtmlText.Escape(warning)}</p>\n");
        }

        AppendSummary(html, plan);
        foreach (var product in plan.Products)
        {
            AppendProduct(html, product, plan);
        }

        html.Append("</body>\n</html>\n");
        return html.ToString();
    }

    private static void AppendSummary(StringBuilder html, Plan plan)
    {
        html.Append("<table class=\"summary\">\n<thead>\n<tr><th scope=\"col\">product</th><th scope=\"col\">name</th><th scope=\"col\">start by</th><th scope=\"col\">verdict</th></tr>\n</thead>\n<tbody>\n");
        foreach (var product in plan.Products)
        {
            html.Append($"<tr><th scope=\"row\">{HtmlText.Escape(product.Id)}</th><td>{HtmlText.Escape(product.Name ?? "")}</td><td>{Iso(product.StartBy)}</td>");
            html.Append($"<td class=\"{product.Verdict.Name()}\">{HtmlText.Escape(Verdict(product))}</td></tr>\n");
        }

        html.Append("</tbody>\n</table>\n");
    }

    private static void AppendProduct(StringBuilder html, ProductPlan product, Plan plan)
    {
        html.Append($"<section class=\"product\">\n<h2>{HtmlText.Escape(product.Id)}{(product.Name is null ? "" : $" · {HtmlText.Escape(product.Name)}")}</h2>\n");
        html.Append($"<p class=\"verdict {product.Verdict.Name()}\">{HtmlText.Escape(Verdict(product))}</p>\n");
        var notes = Notes(product).ToList();
        if (notes.Count > 0)
        {
            html.Append("<ul class=\"notes\">\n");
            notes.ForEach(note => html.Append($"<li>{HtmlText.Escape(note)}</li>\n"));
            html.Append("</ul>\n");
        }

        html.Append("<h3>Certificate map</h3>\n");
        CertificateMapHtml.Append(html, product);
        html.Append("<h3>Schedule</h3>\n");
        if (product.Markets.All(m => m.Regimes.All(r => r.Steps.IsEmpty)))
        {
            html.Append("<p>Nothing to schedule.</p>\n</section>\n");
            return;
        }

        html.Append($"<p class=\"critical-path\">Critical path: {HtmlText.Escape(CriticalPath(product))}</p>\n");
        GanttChartSvg.Append(html, product, plan.Today, plan.Ship);
        html.Append("<p class=\"legend\"><span class=\"swatch\"></span>step<span class=\"swatch critical\"></span>step on the critical path</p>\n");
        html.Append("</section>\n");
    }
}
