using System.Text;
using static CertLang.Planning.Text.HtmlText;

namespace CertLang.Planning.Documentation;

/// <summary>
/// Renders a pack reference as one self-contained HTML page: the style is inline, there is no script, and the only
/// addresses on the page are the regimes' sources, as links. Line breaks are <c>\n</c>; nothing varies between runs.
/// </summary>
public static class HtmlReference
{
    /// <summary>The HTML page of <paramref name="reference"/>.</summary>
    public static string Render(PackReference reference)
    {
        var pack = reference.Pack;
        var page = new StringBuilder()
            .Append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n")
            .Append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
            .Append($"<title>{Escape(pack.Name)} {Escape(pack.Version)}: pack reference</title>\n")
            .Append("<style>\n").Append(HtmlReferenceStyle.Css).Append("\n</style>\n</head>\n<body>\n<main>\n");
        Header(page, reference);
        Contents(page, reference);
        Markets(page, reference);
        page.Append("<section id=\"regimes\">\n<h2>Regimes</h2>\n");
        foreach (var regime in reference.Regimes)
        {
            Regime(page, regime);
        }

        page.Append("</section>\n");
        Categories(page, reference);
        Attributes(page, reference);
        return page.Append("</main>\n</body>\n</html>\n").ToString();
    }

    private static void Header(StringBuilder page, PackReference reference)
    {
        var pack = reference.Pack;
        page.Append($"<header>\n<h1>{Escape(pack.Name)} {Escape(pack.Version)}</h1>\n");
        if (pack.Description is { } description)
        {
            page.Append($"<p>{Escape(description)}</p>\n");
        }

        page.Append($"<p class=\"meta\">Rule pack <code>{Escape(pack.Name)}</code> version {Escape(pack.Version)}, hash <code>{Escape(reference.Hash)}</code>: ")
            .Append($"{reference.Markets.Length} markets, {reference.Regimes.Length} regimes, {reference.Attributes.Count(a => !a.BuiltIn)} attributes.</p>\n</header>\n");
    }

    private static void Contents(StringBuilder page, PackReference reference)
    {
        page.Append("<nav>\n<ul>\n<li><a href=\"#markets\">Markets and regimes</a></li>\n<li><a href=\"#regimes\">Regimes</a><ul>\n");
        foreach (var regime in reference.Regimes)
        {
            var title = regime.Definition.Title is { } t ? ": " + Escape(t) : "";
            page.Append($"<li><a href=\"#{RegimeId(regime.Definition.Name)}\">{Escape(regime.Definition.Name)}</a>{title}</li>\n");
        }

        page.Append("</ul></li>\n<li><a href=\"#categories\">Categories</a></li>\n<li><a href=\"#attributes\">Attributes</a></li>\n</ul>\n</nav>\n");
    }

    private static void Markets(StringBuilder page, PackReference reference)
    {
        page.Append("<section id=\"markets\">\n<h2>Markets and regimes</h2>\n")
            .Append("<p class=\"note\">Each market's own regimes, then <em>via</em> a bloc the regimes of a bloc it is a member of: ")
            .Append("shipping to a member of a bloc means the bloc's regimes apply as well.</p>\n")
            .Append("<table>\n<thead>\n<tr><th>market</th><th>name</th><th>members</th><th>regimes</th></tr>\n</thead>\n<tbody>\n");
        foreach (var market in reference.Markets)
        {
            page.Append($"<tr><td><code>{Escape(market.Name)}</code></td><td>{Escape(market.Title ?? "")}</td><td>{Escape(string.Join(", ", market.Members))}</td>")
                .Append($"<td>{ReferenceSentences.MarketRegimes(market, Markup.Html, name => $"<a href=\"#{RegimeId(name)}\"><code>{Escape(name)}</code></a>")}</td></tr>\n");
        }

        page.Append("</tbody>\n</table>\n");
        if (ReferenceSentences.DocumentedMarkets(reference) is { Count: > 0 } documented)
        {
            page.Append($"<h3>Market notes</h3>\n<p class=\"note\">{Escape(ReferenceSentences.MarketNotesNote)}</p>\n<ul>\n");
            foreach (var market in documented)
            {
                page.Append($"<li><code>{Escape(market.Name)}</code>: {ReferenceSentences.DocLine(market.Doc, Markup.Html)}</li>\n");
            }

            page.Append("</ul>\n");
        }

        if (ReferenceSentences.NotCovered(reference) is { Count: > 0 } notCovered)
        {
            page.Append($"<h3>Not covered</h3>\n<p class=\"note\">{Escape(ReferenceSentences.NotCoveredNote)}</p>\n<ul>\n");
            foreach (var (market, text) in notCovered)
            {
                page.Append($"<li><code>{Escape(market)}</code>: {Escape(text)}</li>\n");
            }

            page.Append("</ul>\n");
        }

        page.Append("</section>\n");
    }

    private static void Regime(StringBuilder page, RegimeReference regime)
    {
        var definition = regime.Definition;
        var title = definition.Title is { } t ? ": " + Escape(t) : "";
        page.Append($"<article id=\"{RegimeId(definition.Name)}\">\n<h3>{Escape(definition.Name)}{title}</h3>\n");
        foreach (var paragraph in ReferenceSentences.Doc(definition.Doc, Markup.Html))
        {
            page.Append($"<p class=\"doc\">{paragraph}</p>\n");
        }

        page.Append("<dl>\n");
        foreach (var (label, value) in ReferenceSentences.Properties(regime, Markup.Html))
        {
            page.Append($"<dt>{label}</dt><dd>{value}</dd>\n");
        }

        page.Append("</dl>\n<h4>Scope</h4>\n")
            .Append("<p class=\"note\">A product is in scope when at least one rule that includes it matches and no rule that excludes it does.</p>\n");
        page.Append(regime.Scope.IsEmpty ? "<p>No scope rules: the regime applies to no product.</p>\n" : "<ul>\n");
        foreach (var rule in regime.Scope)
        {
            page.Append($"<li>{ReferenceSentences.Scope(rule, Markup.Html)}</li>\n");
        }

        page.Append(regime.Scope.IsEmpty ? "" : "</ul>\n").Append("<h4>Process</h4>\n");
        if (regime.Steps.IsEmpty)
        {
            page.Append("<p>No process steps.</p>\n</article>\n");
            return;
        }

        page.Append("<table>\n<thead>\n<tr><th>step</th><th>title</th><th>after</th><th>takes</th></tr>\n</thead>\n<tbody>\n");
        foreach (var step in regime.Steps)
        {
            var after = string.Join(", ", step.After.Select(Markup.Html.Code));
            page.Append($"<tr><td><code>{Escape(step.Name)}</code></td><td>{Escape(step.Title ?? "")}</td><td>{after}</td>")
                .Append($"<td>{ReferenceSentences.Takes(step.Takes, Markup.Html)}</td></tr>\n");
        }

        page.Append("</tbody>\n</table>\n")
            .Append($"<p>Lead time: <strong>{Escape(regime.LeadTime!)}</strong>, along the longest chain of steps.</p>\n</article>\n");
    }

    private static void Categories(StringBuilder page, PackReference reference)
    {
        page.Append("<section id=\"categories\">\n<h2>Categories</h2>\n")
            .Append("<p class=\"note\">A category includes all of the categories below it. HS codes are informational.</p>\n");
        CategoryList(page, reference.Categories, "<ul class=\"tree\">");
        page.Append("</section>\n");
    }

    private static void CategoryList(StringBuilder page, IReadOnlyList<CategoryReference> categories, string opening)
    {
        if (categories.Count == 0)
        {
            return;
        }

        page.Append(opening).Append('\n');
        foreach (var category in categories)
        {
            page.Append($"<li id=\"category-{Escape(category.Name)}\"><code>{Escape(category.Name)}</code>");
            if (category.Title is { } title)
            {
                page.Append($": {Escape(title)}");
            }

            if (!category.Hs.IsEmpty)
            {
                page.Append($" <span class=\"meta\">(HS {Escape(string.Join(", ", category.Hs))})</span>");
            }

            if (category.Doc is not null)
            {
                page.Append($" <span class=\"doc\">— {ReferenceSentences.DocLine(category.Doc, Markup.Html)}</span>");
            }

            page.Append(category.Children.IsEmpty ? "" : "\n");
            CategoryList(page, category.Children, "<ul>");
            page.Append("</li>\n");
        }

        page.Append("</ul>\n");
    }

    private static void Attributes(StringBuilder page, PackReference reference)
    {
        page.Append("<section id=\"attributes\">\n<h2>Attributes</h2>\n<table>\n<thead>\n<tr><th>attribute</th><th>type</th><th>description</th></tr>\n</thead>\n<tbody>\n");
        foreach (var attribute in reference.Attributes)
        {
            page.Append($"<tr><td><code>{Escape(attribute.Name)}</code></td><td>{Escape(attribute.Type)}{(attribute.BuiltIn ? " (built in)" : "")}</td>")
                .Append($"<td>{ReferenceSentences.DocLine(attribute.Doc, Markup.Html)}</td></tr>\n");
        }

        page.Append("</tbody>\n</table>\n</section>\n");
    }

    private static string RegimeId(string name) => "regime-" + Escape(name);
}
