using System.Text.RegularExpressions;
using Snapshooter;
using Snapshooter.Xunit;

namespace CertLang.Cli.Tests;

/// <summary>The whole output of <c>certc plan</c> for a small portfolio, pinned in each format.</summary>
public sealed partial class PlanSnapshotTests
{
    [Theory]
    [InlineData("text")]
    [InlineData("json")]
    [InlineData("md")]
    [InlineData("html")]
    public void The_plan_of_a_small_portfolio_is_pinned(string format)
    {
        var result = SamplePortfolio.Plan("--format", format);

        Assert.Equal((0, ""), (result.ExitCode, result.Error));
        // The pack hash changes with anything in the pack file, even what no plan shows; the schema tests check its form.
        Snapshot.Match(PackHash().Replace(result.Output, "sha256:<hash>"), SnapshotNameExtension.Create(format));
    }

    [GeneratedRegex("sha256:[0-9a-f]{64}")]
    private static partial Regex PackHash();
}
