using System.Globalization;
using System.Text;
using CertLang.Planning.Plans;
using CertLang.Planning.Text;
using static CertLang.Planning.Reports.PlanWording;

namespace CertLang.Planning.Reports;

/// <summary>
/// A product's schedule as an inline SVG Gantt chart: a row per scheduled step, grouped by market and regime, one
/// <c>rect.bar</c> per step (<c>critical</c> on the critical path) with a tooltip, lines for today and the shipment date, and a
/// month axis. Coordinates are rounded to hundredths of a pixel, so the same plan draws the same bytes.
/// </summary>
internal static class GanttChartSvg
{
    private const double LabelWidth = 260;
    private const double ChartWidth = 720;
    private const double RightMargin = 40;
    private const double HeaderHeight = 40;
    private const double RowHeight = 22;
    private const double BarHeight = 14;
    private const double AxisHeight = 30;
    private const int LabelCharacters = 38;

    /// <summary>Appends the chart of <paramref name="product"/>'s scheduled steps (it has at least one) to <paramref name="html"/>.</summary>
    public static void Append(StringBuilder html, ProductPlan product, DateOnly today, DateOnly ship)
    {
        var rows = Rows(product);
        var steps = rows.OfType<StepRow>().ToList();
        var timeline = new GanttTimeline(steps.SelectMany(s => new[] { s.Step.Start, s.Step.End }).Append(today).Append(ship), ChartWidth);
        var rowsBottom = HeaderHeight + (rows.Count * RowHeight);
        var width = LabelWidth + ChartWidth + RightMargin;
        var height = rowsBottom + AxisHeight;
        html.Append($"<svg class=\"gantt\" width=\"{Px(width)}\" height=\"{Px(height)}\" viewBox=\"0 0 {Px(width)} {Px(height)}\" role=\"img\" aria-label=\"{HtmlText.Attribute($"Schedule of {product.Id}")}\">\n");
        AppendAxis(html, timeline, rowsBottom);
        for (var i = 0; i < rows.Count; i++)
        {
            AppendRow(html, rows[i], timeline, HeaderHeight + (i * RowHeight));
        }

        AppendMarker(html, "today", today, timeline, 14, rowsBottom);
        AppendMarker(html, "ship", ship, timeline, 30, rowsBottom);
        html.Append("</svg>\n");
    }

    private static List<Row> Rows(ProductPlan product)
    {
        var critical = product.CriticalPath.Select(s => (s.Market, s.Regime, s.Step)).ToHashSet();
        var rows = new List<Row>();
        foreach (var market in product.Markets.Where(m => m.Regimes.Any(r => r.Steps.Length > 0)))
        {
            rows.Add(new MarketRow(Market(market)));
            rows.AddRange(market.Regimes.SelectMany(r => r.Steps.Select(s =>
                new StepRow(market.Market, r.Regime, s, critical.Contains((market.Market, r.Regime, s.Step))))));
        }

        return rows;
    }

    private static void AppendAxis(StringBuilder html, GanttTimeline timeline, double rowsBottom)
    {
        html.Append("<g class=\"axis\">\n");
        foreach (var (month, labelled) in timeline.MonthTicks())
        {
            var x = Px(LabelWidth + timeline.X(month));
            html.Append($"<line class=\"grid\" x1=\"{x}\" y1=\"{Px(HeaderHeight)}\" x2=\"{x}\" y2=\"{Px(rowsBottom)}\"/>\n");
            html.Append($"<line class=\"tick\" x1=\"{x}\" y1=\"{Px(rowsBottom)}\" x2=\"{x}\" y2=\"{Px(rowsBottom + 5)}\"/>\n");
            if (labelled)
            {
                var label = month.ToString("yyyy-MM", CultureInfo.InvariantCulture);
                html.Append($"<text class=\"tick-label\" x=\"{x}\" y=\"{Px(rowsBottom + 18)}\" text-anchor=\"middle\">{label}</text>\n");
            }
        }

        html.Append("</g>\n");
    }

    private static void AppendRow(StringBuilder html, Row row, GanttTimeline timeline, double top)
    {
        var baseline = Px(top + (RowHeight / 2) + 4);
        switch (row)
        {
            case MarketRow market:
                html.Append($"<text class=\"group\" x=\"4\" y=\"{baseline}\">{HtmlText.Escape(market.Market)}</text>\n");
                break;
            case StepRow step:
                var x = LabelWidth + timeline.X(step.Step.Start);
                var barWidth = Math.Max(1, LabelWidth + timeline.X(step.Step.End) - x);
                var tooltip = $"{step.Market} · {step.Regime} · {Step(step.Step)}: {Iso(step.Step.Start)} – {Iso(step.Step.End)}, {Days(step.Step.Days)}{(step.Critical ? ", critical path" : "")}";
                html.Append($"<text class=\"step-label\" x=\"16\" y=\"{baseline}\">{HtmlText.Escape(Shortened($"{step.Regime} · {Step(step.Step)}"))}</text>\n");
                html.Append($"<rect class=\"bar{(step.Critical ? " critical" : "")}\" x=\"{Px(x)}\" y=\"{Px(top + ((RowHeight - BarHeight) / 2))}\" width=\"{Px(barWidth)}\" height=\"{Px(BarHeight)}\" rx=\"2\"");
                html.Append($" data-market=\"{HtmlText.Attribute(step.Market)}\" data-regime=\"{HtmlText.Attribute(step.Regime)}\" data-step=\"{HtmlText.Attribute(step.Step.Step)}\">");
                html.Append($"<title>{HtmlText.Escape(tooltip)}</title></rect>\n");
                break;
        }
    }

    private static void AppendMarker(StringBuilder html, string name, DateOnly date, GanttTimeline timeline, double labelBaseline, double rowsBottom)
    {
        var x = LabelWidth + timeline.X(date);
        var (labelX, anchor) = x < LabelWidth + (ChartWidth * 0.75) ? (x + 4, "start") : (x - 4, "end");
        html.Append($"<line class=\"marker {name}\" x1=\"{Px(x)}\" y1=\"{Px(labelBaseline - 10)}\" x2=\"{Px(x)}\" y2=\"{Px(rowsBottom)}\"/>\n");
        html.Append($"<text class=\"marker-label {name}\" x=\"{Px(labelX)}\" y=\"{Px(labelBaseline)}\" text-anchor=\"{anchor}\">{name} {Iso(date)}</text>\n");
    }

    /// <summary>The label cut to fit the label column (the tooltip has it whole), never inside a character.</summary>
    private static string Shortened(string label)
    {
        var characters = new StringInfo(label);
        return characters.LengthInTextElements <= LabelCharacters ? label : characters.SubstringByTextElements(0, LabelCharacters - 1) + "…";
    }

    private static string Days(int days) => days == 1 ? "1 day" : $"{days.ToString(CultureInfo.InvariantCulture)} days";

    private static string Px(double value) => Math.Round(value, 2).ToString("0.##", CultureInfo.InvariantCulture);

    /// <summary>A row of the chart.</summary>
    private abstract record Row;

    /// <summary>The heading row of a target market's steps.</summary>
    private sealed record MarketRow(string Market) : Row;

    /// <summary>A scheduled step of a regime in a target market, on the critical path or not.</summary>
    private sealed record StepRow(string Market, string Regime, ScheduledStep Step, bool Critical) : Row;
}
