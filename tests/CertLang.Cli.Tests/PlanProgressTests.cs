namespace CertLang.Cli.Tests;

/// <summary>A portfolio run shows a progress bar on a terminal, and writes nothing but the report when its output is redirected.</summary>
public sealed class PlanProgressTests
{
    [TerminalFact]
    public void On_a_terminal_planning_shows_a_progress_bar_before_the_plan()
    {
        using var folder = new TemporaryPack().With("products.json", SamplePortfolio.Json);

        var result = PseudoTerminal.RunCertc(folder.Folder, SamplePortfolio.PlanArguments());

        Assert.Equal(0, result.ExitCode);
        var bar = result.Output.IndexOf("Planning 3 products", StringComparison.Ordinal);
        Assert.InRange(bar, 0, result.Output.IndexOf("Plan for shipment on 2027-06-01", StringComparison.Ordinal));
    }

    [Fact]
    public void Redirected_output_is_the_report_alone()
    {
        var result = SamplePortfolio.Plan();

        Assert.Equal(0, result.ExitCode);
        Assert.StartsWith("Plan for shipment on 2027-06-01", result.Output, StringComparison.Ordinal);
        Assert.DoesNotContain("Planning", result.Output, StringComparison.Ordinal);
        Assert.DoesNotContain('\e', result.Output);
    }
}
