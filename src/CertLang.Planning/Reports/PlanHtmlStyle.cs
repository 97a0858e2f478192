namespace CertLang.Planning.Reports;

/// <summary>
/// The style sheet of the HTML plan, inlined in the page: system fonts only, nothing fetched. Nothing is wider than the
/// page from 480 px up (the VS Code side panel): chips and texts wrap, dates do not, and the Gantt chart scrolls in its box.
/// </summary>
internal static class PlanHtmlStyle
{
    /// <summary>The CSS rules.</summary>
    public const string Css = """
        body { font: 14px/1.45 system-ui, -apple-system, "Segoe UI", sans-serif; color: #1d232b; background: #ffffff; margin: 2rem auto; max-width: 1040px; padding: 0 1rem; overflow-wrap: anywhere; }
        h1 { font-size: 1.6rem; margin-bottom: 0.2rem; }
        h2 { font-size: 1.3rem; margin-top: 2.5rem; border-bottom: 1px solid #d5dae1; padding-bottom: 0.2rem; }
        h3 { font-size: 1.05rem; margin-top: 1.5rem; }
        code { font-family: ui-monospace, "Cascadia Mono", Menlo, Consolas, monospace; font-size: 0.9em; }
        a { color: #0b5cad; }
        table { border-collapse: collapse; margin: 0.5rem 0; width: 100%; }
        th, td { border: 1px solid #d5dae1; padding: 0.3rem 0.6rem; text-align: left; vertical-align: top; }
        thead th { background: #f1f3f6; }
        .date { white-space: nowrap; }
        .facts { color: #4a5562; }
        .verdict.on-track { color: #1f6f3a; }
        .verdict.late, td.late { color: #b3261e; font-weight: 600; }
        .verdict.incomplete, td.incomplete { color: #8a5300; font-weight: 600; }
        .warning { color: #8a5300; font-weight: 600; }
        .counts { font-weight: 600; }
        table.map th[scope="row"] { width: 9rem; }
        code.hash { overflow-wrap: anywhere; }
        @media (max-width: 600px) { body { margin: 1rem auto; padding: 0 0.5rem; } table.map th[scope="row"] { width: auto; } th, td { padding: 0.25rem 0.4rem; } }
        ul.chips { list-style: none; margin: 0; padding: 0; display: flex; flex-wrap: wrap; gap: 0.3rem; }
        .chip { border: 1px solid #c4cbd4; border-radius: 0.8rem; padding: 0.05rem 0.6rem; }
        .chip .regime { font-weight: 600; }
        .chip .status, .chip .start { white-space: nowrap; }
        .chip .start { color: #4a5562; font-size: 0.9em; }
        .chip.required { background: #fde3c8; border-color: #e9b27c; }
        .chip.not-required { background: #eef0f3; color: #5d6875; }
        .chip.undetermined { background: #fff4b8; border-color: #d9c25a; }
        .chip.satisfied-by { background: #d6efd9; border-color: #8cc596; }
        .chip[title] { cursor: help; }
        .chip .reasons { position: absolute; width: 1px; height: 1px; overflow: hidden; clip-path: inset(50%); white-space: nowrap; }
        .follow-ups .regime { font-weight: 600; }
        figure.schedule { margin: 0.5rem 0; }
        figure.schedule figcaption { margin-bottom: 0.3rem; }
        .gantt-box { overflow-x: auto; }
        svg.gantt { display: block; font-size: 12px; }
        .gantt .group { font-weight: 600; fill: #1d232b; }
        .gantt .step-label { fill: #38424e; }
        .gantt .step-label.inside { fill: #ffffff; }
        .gantt .grid { stroke: #eceff3; }
        .gantt .tick { stroke: #8a94a0; }
        .gantt .tick-label { fill: #5d6875; font-size: 11px; }
        .gantt .bar { fill: #5b84c4; }
        .gantt .bar.critical { fill: #d0473b; }
        .gantt .marker { stroke-width: 1.5; }
        .gantt .marker.today { stroke: #1f6f3a; stroke-dasharray: 4 3; }
        .gantt .marker.ship { stroke: #1d232b; }
        .gantt .marker.earliest { stroke: #b3261e; stroke-dasharray: 2 2; }
        .gantt .marker-label.today { fill: #1f6f3a; }
        .gantt .marker-label.ship { fill: #1d232b; font-weight: 600; }
        .gantt .marker-label.earliest { fill: #b3261e; font-weight: 600; }
        .legend .swatch { display: inline-block; width: 0.9em; height: 0.9em; margin: 0 0.3em 0 1em; vertical-align: -0.1em; background: #5b84c4; }
        .legend .swatch.critical { background: #d0473b; }
        """;
}
