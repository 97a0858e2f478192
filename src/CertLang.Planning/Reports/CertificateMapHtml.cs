using System.Text;
using CertLang.Planning.Plans;
using CertLang.Planning.Text;
using CertLang.Semantics.Symbols;
using static CertLang.Planning.Reports.PlanWording;

namespace CertLang.Planning.Reports;

/// <summary>
/// A product's certificate map as an HTML table: a row per target market, a column per regime of the plan, each cell the
/// regime's status in that market, coloured by status, with the reasons in its tooltip.
/// </summary>
internal static class CertificateMapHtml
{
    /// <summary>Appends the map of <paramref name="product"/> to <paramref name="html"/>.</summary>
    public static void Append(StringBuilder html, ProductPlan product)
    {
        var regimes = product.Markets.SelectMany(m => m.Regimes).DistinctBy(r => r.Regime).ToList();
        html.Append("<table class=\"map\">\n<thead>\n<tr><th scope=\"col\">market</th>");
        foreach (var regime in regimes)
        {
            html.Append($"<th scope=\"col\" title=\"{HtmlText.Attribute($"declared in {regime.Market}")}\">{HtmlText.Escape(regime.Regime)}</th>");
        }

        html.Append("</tr>\n</thead>\n<tbody>\n");
        foreach (var market in product.Markets)
        {
            html.Append($"<tr><th scope=\"row\">{HtmlText.Escape(Market(market))}</th>");
            foreach (var regime in regimes)
            {
                html.Append(Cell(market.Regimes.FirstOrDefault(r => r.Regime == regime.Regime)));
            }

            html.Append("</tr>\n");
        }

        html.Append("</tbody>\n</table>\n");
    }

    private static string Cell(RegimePlan? regime)
    {
        if (regime is null)
        {
            return "<td class=\"none\" title=\"not a regime of this market\">—</td>";
        }

        var tooltip = regime.Decision.Reasons is { IsEmpty: false } reasons ? $" title=\"{HtmlText.Attribute(string.Join("\n", reasons.Select(Reason)))}\"" : "";
        var start = regime.StartBy is { } startBy ? $"<br/><span class=\"start\">start by {Iso(startBy)}</span>" : "";
        return $"<td class=\"status {HtmlText.Attribute(regime.Status.Name())}\"{tooltip}>{HtmlText.Escape(Status(regime))}{start}</td>";
    }
}
