using System.Globalization;
using System.Text;
using CertLang.Planning.Plans;
using static CertLang.Planning.Reports.PlanWording;

namespace CertLang.Planning.Reports;

/// <summary>
/// The Markdown summary of a plan of several products, short enough for a pull-request comment (GitHub takes 65,536
/// characters): the verdicts counted, the regimes most often critical, then the late and the incomplete products one line
/// each, most urgent first, cut with "and N more" lines so that the whole report stays under <see cref="Budget"/>.
/// </summary>
internal static class PortfolioMarkdown
{
    /// <summary>The most characters a summary report has, heading included.</summary>
    public const int Budget = 60_000;

    /// <summary>What is kept free for the "and N more" lines and the closing line.</summary>
    private const int Reserve = 1_000;

    /// <summary>The most characters of a product's id or name a line shows.</summary>
    private const int NameCharacters = 120;

    /// <summary>Appends the summary of <paramref name="plan"/> to <paramref name="markdown"/> (which holds the heading).</summary>
    public static void Append(StringBuilder markdown, Plan plan)
    {
        var summary = PortfolioSummary.Of(plan);
        markdown.Append($"**{summary.Products} products:** {VerdictCounts(summary)}.\n\n");
        if (CriticalRegimes(summary) is { } critical)
        {
            markdown.Append($"Most often on the critical path: {MarkdownInline.Text(critical)}.\n\n");
        }

        var listed = ByUrgency(plan.Products).Where(p => p.Verdict != Plans.Verdict.OnTrack).ToList();
        foreach (var group in listed.GroupBy(p => p.Verdict))
        {
            var products = group.ToList();
            var words = group.Key.Words();
            markdown.Append($"### {char.ToUpperInvariant(words[0])}{words[1..]} ({products.Count.ToString(CultureInfo.InvariantCulture)})\n\n");
            var shown = 0;
            foreach (var line in products.Select(Line).TakeWhile(line => markdown.Length + line.Length < Budget - Reserve))
            {
                markdown.Append(line);
                shown++;
            }

            markdown.Append(shown < products.Count ? $"- and {products.Count - shown} more {words} products\n\n" : "\n");
        }

        markdown.Append("On-track products are not listed; `certc plan --detail all` gives every product in full.\n");
    }

    private static string Line(ProductPlan product)
    {
        var name = product.Name is { } given ? $" · {MarkdownInline.Text(Shortened(given, NameCharacters))}" : "";
        return $"- **{MarkdownInline.Text(Shortened(product.Id, NameCharacters))}**{name}: {MarkdownInline.Text(Verdict(product))}\n";
    }
}
