using System.Text.RegularExpressions;
using CertLang.TestSupport;
using Snapshooter;
using Snapshooter.Xunit;

namespace CertLang.Cli.Tests;

/// <summary>The plans of the example products (examples/products) to China and Germany, pinned in every format.</summary>
public sealed partial class ExamplePlanSnapshotTests
{
    [Theory]
    [InlineData("text")]
    [InlineData("json")]
    [InlineData("md")]
    [InlineData("html")]
    public void The_plan_of_the_example_products_is_pinned(string format)
    {
        var products = Directory.GetFiles(Path.Combine(RepositoryPaths.Examples, "products"), "*.json").Order(StringComparer.Ordinal)
            .SelectMany(file => new[] { "--product", Path.GetRelativePath(RepositoryPaths.Root, file) });

        var result = Certc.Run(RepositoryPaths.Root,
            ["plan", "--pack", "examples", .. products, "--markets", "CN,DE", "--ship", "2027-06-01", "--today", "2026-11-25", "--format", format]);

        Assert.Equal((0, ""), (result.ExitCode, result.Error));
        Snapshot.Match(PackHash().Replace(result.Output, "sha256:<hash>"), SnapshotNameExtension.Create(format));
    }

    [GeneratedRegex("sha256:[0-9a-f]{64}")]
    private static partial Regex PackHash();
}
