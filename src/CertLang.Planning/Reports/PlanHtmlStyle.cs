namespace CertLang.Planning.Reports;

/// <summary>The style sheet of the HTML plan, inlined in the page: system fonts only, nothing fetched.</summary>
internal static class PlanHtmlStyle
{
    /// <summary>The CSS rules.</summary>
    public const string Css = """
        body { font: 14px/1.45 system-ui, -apple-system, "Segoe UI", sans-serif; color: #1d232b; background: #ffffff; margin: 2rem auto; max-width: 1040px; padding: 0 1rem; }
        h1 { font-size: 1.6rem; margin-bottom: 0.2rem; }
        h2 { font-size: 1.3rem; margin-top: 2.5rem; border-bottom: 1px solid #d5dae1; padding-bottom: 0.2rem; }
        h3 { font-size: 1.05rem; margin-top: 1.5rem; }
        code { font-family: ui-monospace, "Cascadia Mono", Menlo, Consolas, monospace; font-size: 0.9em; }
        table { border-collapse: collapse; margin: 0.5rem 0; }
        th, td { border: 1px solid #d5dae1; padding: 0.3rem 0.6rem; text-align: left; vertical-align: top; }
        thead th { background: #f1f3f6; }
        .facts { color: #4a5562; }
        .verdict.on-track { color: #1f6f3a; }
        .verdict.late, td.late { color: #b3261e; font-weight: 600; }
        .verdict.incomplete, td.incomplete { color: #8a5300; font-weight: 600; }
        .warning { color: #8a5300; font-weight: 600; }
        .status.required { background: #fde3c8; }
        .status.not-required { background: #eef0f3; color: #5d6875; }
        .status.undetermined { background: #fff4b8; }
        .status.satisfied-by { background: #d6efd9; }
        .status[title] { cursor: help; }
        .none { color: #a3acb7; text-align: center; }
        .start { font-size: 0.85em; color: #4a5562; }
        svg.gantt { display: block; margin: 0.5rem 0; font-size: 12px; }
        .gantt .group { font-weight: 600; fill: #1d232b; }
        .gantt .step-label { fill: #38424e; }
        .gantt .grid { stroke: #eceff3; }
        .gantt .tick { stroke: #8a94a0; }
        .gantt .tick-label { fill: #5d6875; font-size: 11px; }
        .gantt .bar { fill: #5b84c4; }
        .gantt .bar.critical { fill: #d0473b; }
        .gantt .marker { stroke-width: 1.5; }
        .gantt .marker.today { stroke: #1f6f3a; stroke-dasharray: 4 3; }
        .gantt .marker.ship { stroke: #1d232b; }
        .gantt .marker-label.today { fill: #1f6f3a; }
        .gantt .marker-label.ship { fill: #1d232b; font-weight: 600; }
        .legend .swatch { display: inline-block; width: 0.9em; height: 0.9em; margin: 0 0.3em 0 1em; vertical-align: -0.1em; background: #5b84c4; }
        .legend .swatch.critical { background: #d0473b; }
        """;
}
