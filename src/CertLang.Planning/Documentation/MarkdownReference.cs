using System.Text;
using static CertLang.Planning.Documentation.MarkdownText;

namespace CertLang.Planning.Documentation;

/// <summary>Renders a pack reference as Markdown (CommonMark with GitHub tables), with <c>\n</c> line breaks and nothing that varies between runs.</summary>
public static class MarkdownReference
{
    /// <summary>The Markdown of <paramref name="reference"/>.</summary>
    public static string Render(PackReference reference)
    {
        var page = new StringBuilder();
        Header(page, reference);
        Markets(page, reference);
        page.Append("\n## Regimes\n");
        foreach (var regime in reference.Regimes)
        {
            Regime(page, regime);
        }

        Categories(page, reference);
        Attributes(page, reference);
        return page.ToString();
    }

    private static void Header(StringBuilder page, PackReference reference)
    {
        var pack = reference.Pack;
        page.Append($"# {Escape(pack.Name)} {Escape(pack.Version)}\n\n");
        if (pack.Description is { } description)
        {
            page.Append($"{Paragraph(description)}\n\n");
        }

        page.Append($"Rule pack {Code(pack.Name)} version {Escape(pack.Version)}, hash {Code(reference.Hash)}: ")
            .Append($"{reference.Markets.Length} markets, {reference.Regimes.Length} regimes, ")
            .Append($"{reference.Attributes.Count(a => !a.BuiltIn)} attributes.\n");
    }

    private static void Markets(StringBuilder page, PackReference reference)
    {
        page.Append("\n## Markets and regimes\n\n")
            .Append("Each market's own regimes, then *via* a bloc the regimes of a bloc it is a member of: ")
            .Append("shipping to a member of a bloc means the bloc's regimes apply as well.\n\n")
            .Append("| market | name | members | regimes |\n| --- | --- | --- | --- |\n");
        foreach (var market in reference.Markets)
        {
            page.Append($"| {Cell(Code(market.Name))} | {Cell(Escape(market.Title ?? ""))} | {Cell(Escape(string.Join(", ", market.Members)))} ")
                .Append($"| {Cell(ReferenceSentences.MarketRegimes(market, Markup.Markdown, Markup.Markdown.Code))} |\n");
        }

        if (ReferenceSentences.DocumentedMarkets(reference) is { Count: > 0 } documented)
        {
            page.Append("\n### Market notes\n\n").Append(ReferenceSentences.MarketNotesNote).Append("\n\n");
            foreach (var market in documented)
            {
                page.Append($"- {Code(market.Name)}: {ReferenceSentences.DocLine(market.Doc, Markup.Markdown)}\n");
            }
        }

        if (ReferenceSentences.NotCovered(reference) is { Count: > 0 } notCovered)
        {
            page.Append("\n### Not covered\n\n").Append(ReferenceSentences.NotCoveredNote).Append("\n\n");
            foreach (var (market, text) in notCovered)
            {
                page.Append($"- {Code(market)}: {Escape(text)}\n");
            }
        }
    }

    private static void Regime(StringBuilder page, RegimeReference regime)
    {
        var definition = regime.Definition;
        page.Append($"\n### {Escape(definition.Name)}{(definition.Title is { } title ? ": " + Escape(title) : "")}\n\n");
        foreach (var paragraph in ReferenceSentences.Doc(definition.Doc, Markup.Markdown))
        {
            page.Append(paragraph).Append("\n\n");
        }

        foreach (var (label, value) in ReferenceSentences.Properties(regime, Markup.Markdown))
        {
            page.Append($"- **{label}:** {value}\n");
        }

        page.Append("\n#### Scope\n\n")
            .Append("A product is in scope when at least one rule that includes it matches and no rule that excludes it does.\n\n");
        if (regime.Scope.IsEmpty)
        {
            page.Append("No scope rules: the regime applies to no product.\n");
        }

        foreach (var rule in regime.Scope)
        {
            page.Append($"- {ReferenceSentences.Scope(rule, Markup.Markdown)}\n");
        }

        page.Append("\n#### Process\n\n");
        if (regime.Steps.IsEmpty)
        {
            page.Append("No process steps.\n");
            return;
        }

        page.Append("| step | title | after | takes |\n| --- | --- | --- | --- |\n");
        foreach (var step in regime.Steps)
        {
            var after = string.Join(", ", step.After.Select(Code));
            page.Append($"| {Cell(Code(step.Name))} | {Cell(Escape(step.Title ?? ""))} | {Cell(after)} | {Cell(ReferenceSentences.Takes(step.Takes, Markup.Markdown))} |\n");
        }

        page.Append($"\nLead time: {Escape(regime.LeadTime!)}, along the longest chain of steps.\n");
    }

    private static void Categories(StringBuilder page, PackReference reference)
    {
        page.Append("\n## Categories\n\nA category includes all of the categories below it. HS codes are informational.\n\n");
        CategoryList(page, reference.Categories, depth: 0);
    }

    private static void CategoryList(StringBuilder page, IEnumerable<CategoryReference> categories, int depth)
    {
        foreach (var category in categories)
        {
            page.Append(' ', depth * 2).Append($"- {Code(category.Name)}");
            if (category.Title is { } title)
            {
                page.Append($": {Escape(title)}");
            }

            if (!category.Hs.IsEmpty)
            {
                page.Append($" (HS {Escape(string.Join(", ", category.Hs))})");
            }

            if (category.Doc is not null)
            {
                page.Append(" — ").Append(ReferenceSentences.DocLine(category.Doc, Markup.Markdown));
            }

            page.Append('\n');
            CategoryList(page, category.Children, depth + 1);
        }
    }

    private static void Attributes(StringBuilder page, PackReference reference)
    {
        page.Append("\n## Attributes\n\n| attribute | type | description |\n| --- | --- | --- |\n");
        foreach (var attribute in reference.Attributes)
        {
            page.Append($"| {Cell(Code(attribute.Name))} | {Cell(Escape(attribute.Type))}{(attribute.BuiltIn ? " (built in)" : "")} ")
                .Append($"| {Cell(ReferenceSentences.DocLine(attribute.Doc, Markup.Markdown))} |\n");
        }
    }
}
