using System.Text.Json;
using CertLang.TestSupport;

namespace CertLang.Cli.Tests;

/// <summary>
/// The example products (examples/products) plan without error to every market of the example pack: each JSON product,
/// and the generated portfolio CSV. The example products describe every attribute the scopes read, so that none of
/// their decisions is undetermined; in the portfolio only the draft records, which lack one, are.
/// </summary>
public sealed class ExampleProductsTests
{
    private static readonly string Products = Path.Combine(RepositoryPaths.Examples, "products");
    private static readonly string[] Markets = [.. PackCompiler.BuildExamples().Markets.Select(m => m.Name)];

    public static TheoryData<string> ProductFiles =>
        [.. Directory.GetFiles(Products, "*.json").Select(file => Path.GetRelativePath(Products, file)).Order(StringComparer.Ordinal)];

    [Theory]
    [MemberData(nameof(ProductFiles))]
    public void The_example_product_plans_to_every_market_and_every_decision_is_made(string file)
    {
        var products = PlanToEveryMarket(Path.Combine(Products, file));

        var product = Assert.Single(products);
        var regimes = product.GetProperty("markets").EnumerateArray().SelectMany(m => m.GetProperty("regimes").EnumerateArray()).ToList();
        Assert.NotEmpty(regimes);
        Assert.All(regimes, r => Assert.NotEqual("undetermined", r.GetProperty("status").GetString()));
        Assert.Contains(regimes, r => r.GetProperty("status").GetString() == "required");
    }

    [Fact]
    public void The_portfolio_plans_to_every_market_and_only_its_draft_records_are_undetermined()
    {
        var csv = Path.Combine(Products, "portfolio.csv");
        var rows = File.ReadAllLines(csv).Length - 1;

        var products = PlanToEveryMarket(csv);

        Assert.True(rows >= 200, $"the portfolio holds {rows} products");
        Assert.Equal(rows, products.Count);
        var undetermined = products
            .Where(p => p.GetProperty("markets").EnumerateArray().SelectMany(m => m.GetProperty("regimes").EnumerateArray())
                .Any(r => r.GetProperty("status").GetString() == "undetermined"))
            .Select(p => p.GetProperty("id").GetString()!)
            .ToList();
        Assert.NotEmpty(undetermined);
        Assert.All(undetermined, id => Assert.EndsWith("-DRAFT", id, StringComparison.Ordinal));
    }

    private static List<JsonElement> PlanToEveryMarket(string productFile)
    {
        var result = Certc.Run(RepositoryPaths.Root,
            "plan", "--pack", "examples", "--product", productFile, "--markets", string.Join(',', Markets), "--ship", "2027-06-01", "--today", "2026-11-25", "--format", "json");

        Assert.Equal((0, ""), (result.ExitCode, result.Error));
        var products = JsonDocument.Parse(result.Output).RootElement.GetProperty("products").EnumerateArray().ToList();
        Assert.All(products, p => Assert.Equal(Markets.Length, p.GetProperty("markets").GetArrayLength()));
        return products;
    }
}
