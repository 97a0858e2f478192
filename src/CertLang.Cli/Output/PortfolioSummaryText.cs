using CertLang.Planning.Plans;
using CertLang.Syntax.Text;

namespace CertLang.Cli.Output;

/// <summary>The summary that ends a text plan of several products.</summary>
internal static class PortfolioSummaryText
{
    /// <summary>
    /// <paramref name="summary"/> after a blank line: the number of products, how many are late (and the latest) or
    /// incomplete, and the regimes most often on the critical path; lines end in <c>\n</c>.
    /// </summary>
    public static string Render(PortfolioSummary summary)
    {
        var late = summary.Latest is { } latest
            ? $"{summary.Late} late, the latest {DisplayText.Safe(latest.Id)} by {Count(latest.Days, "day")}"
            : "none late";
        var critical = summary.CriticalRegimes.IsEmpty
            ? "no regime is on a critical path"
            : $"most often on the critical path: {string.Join(", ", summary.CriticalRegimes.Select(r => $"{r.Regime} ({Count(r.Products, "product")})"))}";
        return $"\nPortfolio of {summary.Products} products: {late}; {summary.Incomplete} incomplete\n  {critical}\n";
    }

    private static string Count(int count, string noun) => $"{count} {noun}{(count == 1 ? "" : "s")}";
}
