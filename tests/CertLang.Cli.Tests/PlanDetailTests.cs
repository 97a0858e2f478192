using CertLang.TestSupport;

namespace CertLang.Cli.Tests;

/// <summary>
/// <c>certc plan --format md</c> of the example portfolio (examples/products/portfolio.csv, 243 models) to all 13 example
/// markets: a summary that fits a pull-request comment by default, every product with <c>--detail all</c>.
/// </summary>
public sealed class PlanDetailTests
{
    private static readonly string[] Arguments =
        ["plan", "--pack", "examples", "--product", "examples/products/portfolio.csv", "--markets", "CN,EU,GB,KR,JP,IN,EAEU,BR,MX,SA,AUNZ,US,CA",
         "--ship", "2027-06-01", "--today", "2026-11-25", "--format", "md"];

    [Fact]
    public void The_portfolio_summary_fits_a_pull_request_comment_and_detail_all_gives_every_product()
    {
        var summary = Certc.Run(RepositoryPaths.Root, Arguments);
        var all = Certc.Run(RepositoryPaths.Root, [.. Arguments, "--detail", "all"]);

        Assert.Equal((0, ""), (summary.ExitCode, summary.Error));
        Assert.InRange(summary.Output.Length, 1, 59_999);
        Assert.Contains("**243 products:**", summary.Output);
        Assert.Equal((0, ""), (all.ExitCode, all.Error));
        Assert.True(all.Output.Length > 500_000, $"--detail all wrote {all.Output.Length} characters");
        Assert.Contains("\n### WR-6-5V-CB · ", all.Output);
    }

    [Fact]
    public void An_unknown_detail_is_a_usage_error()
    {
        Assert.Equal(2, Certc.Run(RepositoryPaths.Root, [.. Arguments, "--detail", "some"]).ExitCode);
    }
}
