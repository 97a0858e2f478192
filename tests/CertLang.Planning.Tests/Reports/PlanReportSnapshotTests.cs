using CertLang.Planning.Reports;
using Snapshooter;
using Snapshooter.Xunit;

namespace CertLang.Planning.Tests.Reports;

/// <summary>Pins the Markdown and HTML of the sample plan: a change to a report is reviewed like code.</summary>
public sealed class PlanReportSnapshotTests
{
    [Theory]
    [InlineData(PlanFormat.Markdown, "markdown")]
    [InlineData(PlanFormat.Html, "html")]
    public void The_report_of_the_sample_plan_is_pinned(PlanFormat format, string name)
    {
        Snapshot.Match(PlanReports.Render(SamplePlan.Create(), format), SnapshotNameExtension.Create(name));
    }
}
