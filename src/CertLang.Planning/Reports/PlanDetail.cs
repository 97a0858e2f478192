namespace CertLang.Planning.Reports;

/// <summary>How much of a plan of several products the Markdown report gives (<c>certc plan --detail</c>, docs/cli.md, "Plan formats").</summary>
public enum PlanDetail
{
    /// <summary>A summary that fits a pull-request comment: the verdicts counted, the late and incomplete products one line each.</summary>
    Summary,

    /// <summary>Every product's markets, regimes, follow-ups and schedule.</summary>
    All,
}
