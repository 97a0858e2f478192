using System.Globalization;
using System.Text;
using CertLang.Planning.Plans;
using CertLang.Planning.Text;
using static CertLang.Planning.Reports.PlanWording;

namespace CertLang.Planning.Reports;

/// <summary>
/// A product's schedule as an inline SVG Gantt chart: a heading row per market, then a row per scheduled step, one
/// <c>rect.bar</c> per step (<c>critical</c> on the critical path) labelled with its regime and step, inside the bar when
/// it fits and beside it when it does not, the whole text in the tooltip; lines for today, the shipment date and a late
/// product's earliest ship date, and a month axis. Coordinates are rounded to hundredths of a pixel, so the same plan draws
/// the same bytes.
/// </summary>
internal static class GanttChartSvg
{
    private const double Margin = 28;
    private const double ChartWidth = 904;
    private const double HeaderHeight = 56;
    private const double RowHeight = 22;
    private const double BarHeight = 14;
    private const double AxisHeight = 30;
    private const double LabelPadding = 4;

    /// <summary>The width of one character of a label, a little over the average of the 12 px system font, so that a label fits where it is put.</summary>
    private const double CharacterWidth = 7;

    /// <summary>Appends the chart of <paramref name="product"/>'s scheduled steps (it has at least one) to <paramref name="html"/>.</summary>
    public static void Append(StringBuilder html, ProductPlan product, DateOnly today, DateOnly ship)
    {
        var rows = Rows(product);
        var steps = rows.OfType<StepRow>().ToList();
        var dates = steps.SelectMany(s => new[] { s.Step.Start, s.Step.End }).Append(today).Append(ship);
        var timeline = new GanttTimeline(product.EarliestShip is { } earliest ? dates.Append(earliest) : dates, ChartWidth);
        var rowsBottom = HeaderHeight + (rows.Count * RowHeight);
        var width = ChartWidth + (2 * Margin);
        var height = rowsBottom + AxisHeight;
        html.Append($"<svg class=\"gantt\" width=\"{Px(width)}\" height=\"{Px(height)}\" viewBox=\"0 0 {Px(width)} {Px(height)}\" role=\"img\" aria-label=\"{HtmlText.Attribute($"Schedule of {product.Id}")}\">\n");
        AppendAxis(html, timeline, rowsBottom);
        for (var i = 0; i < rows.Count; i++)
        {
            AppendRow(html, rows[i], timeline, HeaderHeight + (i * RowHeight));
        }

        AppendMarker(html, "today", "today", today, timeline, 14, rowsBottom);
        AppendMarker(html, "ship", "ship", ship, timeline, 30, rowsBottom);
        if (product.EarliestShip is { } earliestShip)
        {
            AppendMarker(html, "earliest", "earliest ship", earliestShip, timeline, 46, rowsBottom);
        }

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
            var x = Px(Margin + timeline.X(month));
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
                html.Append($"<text class=\"group\" x=\"{Px(Margin)}\" y=\"{baseline}\">{HtmlText.Escape(market.Market)}</text>\n");
                break;
            case StepRow step:
                var x = Margin + timeline.X(step.Step.Start);
                var barWidth = Math.Max(1, Margin + timeline.X(step.Step.End) - x);
                var (labelX, anchor, placement, label) = LabelPlace(x, barWidth, $"{step.Regime} · {step.Step.Title ?? step.Step.Step}");
                var tooltip = $"{step.Market} · {step.Regime} · {Step(step.Step)}: {Iso(step.Step.Start)} – {Iso(step.Step.End)}, {Days(step.Step.Days)}{(step.Critical ? ", critical path" : "")}";
                html.Append($"<g class=\"step\"><title>{HtmlText.Escape(tooltip)}</title>\n");
                html.Append($"<rect class=\"bar{(step.Critical ? " critical" : "")}\" x=\"{Px(x)}\" y=\"{Px(top + ((RowHeight - BarHeight) / 2))}\" width=\"{Px(barWidth)}\" height=\"{Px(BarHeight)}\" rx=\"2\"");
                html.Append($" data-market=\"{HtmlText.Attribute(step.Market)}\" data-regime=\"{HtmlText.Attribute(step.Regime)}\" data-step=\"{HtmlText.Attribute(step.Step.Step)}\"/>\n");
                html.Append($"<text class=\"step-label {placement}\" x=\"{Px(labelX)}\" y=\"{baseline}\" text-anchor=\"{anchor}\">{HtmlText.Escape(label)}</text></g>\n");
                break;
        }
    }

    /// <summary>
    /// Where a label goes: inside the bar when it fits, else beside it on the side with room (the right first), else on the
    /// roomier side, cut to fit there (the tooltip has it whole).
    /// </summary>
    private static (double X, string Anchor, string Placement, string Label) LabelPlace(double barX, double barWidth, string label)
    {
        var labelWidth = new StringInfo(label).LengthInTextElements * CharacterWidth;
        var (roomLeft, roomRight) = (barX - LabelPadding, (2 * Margin) + ChartWidth - (barX + barWidth + LabelPadding));
        return (labelWidth + (2 * LabelPadding) <= barWidth, labelWidth <= roomRight, labelWidth <= roomLeft) switch
        {
            (true, _, _) => (barX + LabelPadding, "start", "inside", label),
            (_, true, _) => (barX + barWidth + LabelPadding, "start", "beside", label),
            (_, _, true) => (barX - LabelPadding, "end", "beside", label),
            _ when roomRight >= roomLeft => (barX + barWidth + LabelPadding, "start", "beside", Shortened(label, roomRight)),
            _ => (barX - LabelPadding, "end", "beside", Shortened(label, roomLeft)),
        };
    }

    /// <summary>The label cut to <paramref name="room"/> pixels (the tooltip has it whole).</summary>
    private static string Shortened(string label, double room) => PlanWording.Shortened(label, Math.Max(1, (int)(room / CharacterWidth)));

    private static void AppendMarker(StringBuilder html, string name, string words, DateOnly date, GanttTimeline timeline, double labelBaseline, double rowsBottom)
    {
        var x = Margin + timeline.X(date);
        var (labelX, anchor) = x < Margin + (ChartWidth * 0.75) ? (x + 4, "start") : (x - 4, "end");
        html.Append($"<line class=\"marker {name}\" x1=\"{Px(x)}\" y1=\"{Px(labelBaseline - 10)}\" x2=\"{Px(x)}\" y2=\"{Px(rowsBottom)}\"/>\n");
        html.Append($"<text class=\"marker-label {name}\" x=\"{Px(labelX)}\" y=\"{Px(labelBaseline)}\" text-anchor=\"{anchor}\">{words} {Iso(date)}</text>\n");
    }

    private static string Days(int days) => days == 1 ? "1 day" : $"{days.ToString(CultureInfo.InvariantCulture)} days";

    private static string Px(double value) => Math.Round(value, 2).ToString("0.##", CultureInfo.InvariantCulture);

    /// <summary>A row of the chart.</summary>
    private abstract record Row;

    /// <summary>The heading row of a market's steps.</summary>
    private sealed record MarketRow(string Market) : Row;

    /// <summary>A scheduled step of a regime in a market, on the critical path or not.</summary>
    private sealed record StepRow(string Market, string Regime, ScheduledStep Step, bool Critical) : Row;
}
