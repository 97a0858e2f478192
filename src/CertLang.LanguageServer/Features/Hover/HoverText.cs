using System.Text;
using CertLang.Packs.Model;
using CertLang.Semantics.Processes;
using CertLang.Semantics.Symbols;

namespace CertLang.LanguageServer.Features.Hover;

/// <summary>The Markdown a hover shows for a symbol: kind and name, what the kind is known by, and the doc comment.</summary>
internal static class HoverText
{
    /// <summary>The hover text of <paramref name="symbol"/>.</summary>
    public static string Describe(Symbol symbol)
    {
        var text = new StringBuilder($"**{symbol.Kind.ToString().ToLowerInvariant()}** `{symbol.Name}`");
        foreach (var line in Details(symbol))
        {
            text.Append("\n\n").Append(line);
        }

        if (symbol.Documentation.Length > 0)
        {
            text.Append("\n\n---\n\n").Append(symbol.Documentation);
        }

        return text.ToString();
    }

    private static IEnumerable<string> Details(Symbol symbol) => symbol switch
    {
        RegimeSymbol regime =>
        [
            $"market: `{regime.Market?.Name ?? "?"}`",
            $"route: `{regime.Route ?? "?"}`",
            .. RegimeLeadTime.Of(regime) is { } leadTime ? [$"total lead time: {leadTime}"] : Array.Empty<string>(),
            .. regime.Accepts.Select(Acceptance),
        ],
        CategorySymbol category => [$"path: `{category.Path}`", $"HS codes: {(category.HsCodes.IsEmpty ? "none" : string.Join(", ", category.HsCodes.Select(h => $"`{h.Written}`")))}"],
        AttributeSymbol attribute => [$"type: `{attribute.Type.DisplayName}`"],
        StepSymbol { Span: { } span } step =>
        [
            $"step of `{step.Regime.Name}`: {step.Title ?? step.Name}",
            $"takes: {span}",
            .. step.Predecessors.IsEmpty ? Array.Empty<string>() : [$"after: {string.Join(", ", step.Predecessors.Select(p => $"`{p.Name}`"))}"],
        ],
        MarketSymbol { IsBloc: true } bloc => [$"{bloc.Title ?? bloc.Name}, members: {string.Join(", ", bloc.Members.Select(m => $"`{m}`"))}", .. NotCovered(bloc)],
        MarketSymbol market => [market.Title ?? market.Name, .. NotCovered(market)],
        _ => [],
    };

    /// <summary><c>accepts: `LVD` takes 2..4 weeks until 2027-12-31</c>: the regime, its recognition step and its window.</summary>
    private static string Acceptance(Acceptance acceptance)
    {
        var takes = acceptance.Takes is { } recognition ? $" takes {recognition.Duration}" : "";
        var window = new DateWindow(acceptance.From, acceptance.Until);
        return $"accepts: `{acceptance.Regime.Name}`{takes}{(window.IsAlways ? "" : " " + window)}";
    }

    /// <summary>One line per <c>not covered</c> text of the market.</summary>
    private static IEnumerable<string> NotCovered(MarketSymbol market) => market.NotCovered.Select(text => $"not covered: {text}");
}
