using CertLang.Planning.Plans;
using CertLang.Planning.Reports;

namespace CertLang.Planning.Tests.Reports;

/// <summary>The dispatcher renders each format with its writer and knows the formats by their command-line names.</summary>
public sealed class PlanReportsTests
{
    private static readonly Plan Plan = SamplePlan.Create();

    [Fact]
    public void Each_format_is_rendered_by_its_writer()
    {
        var text = new StringWriter { NewLine = "\n" };
        PlanTextWriter.Write(text, Plan);

        Assert.Equal(text.ToString(), PlanReports.Render(Plan, PlanFormat.Text));
        Assert.Equal(PlanJsonWriter.Write(Plan), PlanReports.Render(Plan, PlanFormat.Json));
        Assert.Equal(PlanMarkdownWriter.Write(Plan), PlanReports.Render(Plan, PlanFormat.Markdown));
        Assert.Equal(PlanHtmlWriter.Write(Plan), PlanReports.Render(Plan, PlanFormat.Html));
    }

    [Fact]
    public void The_command_line_names_stand_for_every_format()
    {
        Assert.Equal(["text", "json", "md", "html"], PlanReports.FormatNames.ToArray());
        Assert.Equal(Enum.GetValues<PlanFormat>(), PlanReports.FormatNames.Select(PlanReports.FormatNamed));
    }

    [Fact]
    public void An_unknown_format_name_is_refused_with_the_known_ones()
    {
        var error = Assert.Throws<ArgumentException>(() => PlanReports.FormatNamed("pdf"));

        Assert.StartsWith("unknown plan format 'pdf'; the formats are: text, json, md, html", error.Message);
    }
}
