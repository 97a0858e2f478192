using System.Text;
using CertLang.Planning.Plans;
using CertLang.Planning.Text;
using CertLang.Semantics.Symbols;
using static CertLang.Planning.Reports.PlanWording;

namespace CertLang.Planning.Reports;

/// <summary>
/// A product's certificate map as an HTML table of one row per market of the plan (a bloc once, with the targets it serves),
/// its regimes as chips that wrap to the width of the page: the regime, its status and start-by, coloured by status, with
/// the reasons in the tooltip and, for screen readers, in the text.
/// </summary>
internal static class CertificateMapHtml
{
    /// <summary>Appends the map of <paramref name="product"/> to <paramref name="html"/>.</summary>
    public static void Append(StringBuilder html, ProductPlan product)
    {
        html.Append("<table class=\"map\">\n<thead>\n<tr><th scope=\"col\">market</th><th scope=\"col\">regimes</th></tr>\n</thead>\n<tbody>\n");
        foreach (var market in product.Markets)
        {
            html.Append($"<tr><th scope=\"row\">{HtmlText.Escape(Market(market))}</th><td><ul class=\"chips\">");
            foreach (var regime in market.Regimes)
            {
                html.Append(Chip(regime));
            }

            html.Append("</ul></td></tr>\n");
        }

        html.Append("</tbody>\n</table>\n");
    }

    private static string Chip(RegimePlan regime)
    {
        var reasons = regime.Decision.Reasons.Select(Reason).ToList();
        var tooltip = reasons.Count > 0 ? $" title=\"{HtmlText.Attribute(string.Join("\n", reasons))}\"" : "";
        var start = regime.StartBy is { } startBy ? $" <span class=\"start\">start by <span class=\"date\">{Iso(startBy)}</span></span>" : "";
        var hidden = reasons.Count > 0 ? $"<span class=\"reasons\">: {HtmlText.Escape(string.Join("; ", reasons))}</span>" : "";
        return $"<li class=\"chip {HtmlText.Attribute(regime.Status.Name())}\"{tooltip}><span class=\"regime\">{HtmlText.Escape(regime.Regime)}</span> " +
               $"<span class=\"status\">{HtmlDates.Mark(HtmlText.Escape(Status(regime)))}</span>{start}{hidden}</li>";
    }
}
