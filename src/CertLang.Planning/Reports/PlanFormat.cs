namespace CertLang.Planning.Reports;

/// <summary>The formats a plan can be reported in.</summary>
public enum PlanFormat
{
    /// <summary>Readable tables for a terminal.</summary>
    Text,

    /// <summary>The JSON of the <c>certc plan --format json</c> contract.</summary>
    Json,

    /// <summary>Markdown for a pull-request comment.</summary>
    Markdown,

    /// <summary>One self-contained HTML page with the certificate map and a Gantt chart.</summary>
    Html,
}
