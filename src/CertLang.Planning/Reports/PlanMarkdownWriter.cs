using System.Globalization;
using System.Text;
using CertLang.Planning.Plans;
using static CertLang.Planning.Reports.PlanWording;

namespace CertLang.Planning.Reports;

/// <summary>
/// Writes a plan as Markdown for a pull-request comment: a heading with the pack, shipment date, today and estimate. For
/// one product, or with <see cref="PlanDetail.All"/>, a table of the products, then per product its markets × regimes,
/// the follow-ups of its certificates, the critical path and the schedule; for several, a summary that fits in a comment
/// (<see cref="PortfolioMarkdown"/>).
/// </summary>
public static class PlanMarkdownWriter
{
    /// <summary>The plan as GitHub-flavoured Markdown, lines ending in <c>\n</c>, with a final line break.</summary>
    public static string Write(Plan plan, PlanDetail detail = PlanDetail.Summary)
    {
        var markdown = new StringBuilder();
        markdown.Append($"## Certification plan: pack {MarkdownInline.Text(plan.Pack.Name)} {MarkdownInline.Text(plan.Pack.Version)}, ");
        markdown.Append($"ship {Iso(plan.Ship)}, today {Iso(plan.Today)}, {EstimateName(plan.Estimate)} estimate\n\n");
        foreach (var warning in plan.Warnings)
        {
            markdown.Append($"> **Warning:** {MarkdownInline.Text(warning)}\n\n");
        }

        if (plan.Pack.Hash.Length > 0)
        {
            markdown.Append($"Pack hash {MarkdownInline.Code(plan.Pack.Hash)}.\n\n");
        }

        if (plan.Products.Length > 1 && detail == PlanDetail.Summary)
        {
            PortfolioMarkdown.Append(markdown, plan);
            return markdown.ToString();
        }

        AppendTable(markdown, ["product", "name", "start by", "verdict"], plan.Products.Select(p => new[]
        {
            MarkdownInline.Text(p.Id), MarkdownInline.Text(p.Name ?? ""), Iso(p.StartBy), Verdict(p, Strong(p)),
        }));
        foreach (var product in plan.Products)
        {
            AppendProduct(markdown, product);
        }

        return markdown.ToString();
    }

    /// <summary>How a product's verdict word is emphasised: in bold unless it is on track.</summary>
    private static Func<string, string> Strong(ProductPlan product) => word => product.Verdict == Plans.Verdict.OnTrack ? word : $"**{word}**";

    private static void AppendProduct(StringBuilder markdown, ProductPlan product)
    {
        markdown.Append($"\n### {MarkdownInline.Text(product.Id)}{(product.Name is null ? "" : $" · {MarkdownInline.Text(product.Name)}")}\n\n");
        var notes = Notes(product).ToList();
        foreach (var note in notes)
        {
            markdown.Append($"- {MarkdownInline.Text(note)}\n");
        }

        markdown.Append(notes.Count > 0 ? "\n" : "");
        AppendTable(markdown, ["market", "regime", "status", "start by", "deciding clauses"], product.Markets.SelectMany(m => m.Regimes.Select(r => new[]
        {
            MarkdownInline.Text(Market(m)), MarkdownInline.Text(r.Regime), MarkdownInline.Text(Status(r)), Iso(r.StartBy),
            string.Join(", ", DecidingReasons(r).Select(reason => MarkdownInline.Code(reason.Location.ToString()))),
        })));
        var followUps = FollowUpRegimes(product).ToList();
        if (followUps.Count > 0)
        {
            markdown.Append("\n**Follow-ups:**\n\n");
            AppendTable(markdown, ["market", "regime", "follow-up checks", "renewal"], followUps.Select(f => new[]
            {
                MarkdownInline.Text(Market(f.Market)), MarkdownInline.Text(f.Regime.Regime), MarkdownInline.Text(string.Join("; ", Surveillance(f.Regime))),
                MarkdownInline.Text(RenewalText(f.Regime) ?? ""),
            }));
        }

        var steps = product.Markets.SelectMany(m => m.Regimes.SelectMany(r => r.Steps.Select(s => (Market: m.Market, r.Regime, Step: s)))).ToList();
        if (steps.Count == 0)
        {
            return;
        }

        markdown.Append($"\n**Critical path:** {MarkdownInline.Text(CriticalPath(product))}\n\n");
        AppendTable(markdown, ["market", "regime", "step", "start", "end", "days"], steps.Select(s => new[]
        {
            MarkdownInline.Text(s.Market), MarkdownInline.Text(s.Regime), MarkdownInline.Text(Step(s.Step)), Iso(s.Step.Start), Iso(s.Step.End),
            s.Step.Days.ToString(CultureInfo.InvariantCulture),
        }));
    }

    private static void AppendTable(StringBuilder markdown, string[] header, IEnumerable<string[]> rows)
    {
        markdown.Append(MarkdownInline.Row(header)).Append('\n');
        markdown.Append(MarkdownInline.Row(header.Select(_ => "---"))).Append('\n');
        foreach (var row in rows)
        {
            markdown.Append(MarkdownInline.Row(row)).Append('\n');
        }
    }
}
