using System.Collections.Immutable;
using CertLang.Semantics.Diagnostics;
using CertLang.Semantics.Symbols;
using CertLang.Syntax;
using static CertLang.Syntax.Text.DisplayText;

namespace CertLang.Semantics.Binding;

/// <summary>Regimes: their market, texts, route, dates, scope, and links to other regimes.</summary>
internal sealed partial class Binder
{
    private void DeclareRegime(RegimeDeclarationSyntax syntax)
    {
        var market = ResolveMarket(syntax.Market);
        Declare(_regimes, syntax.Name, "regime", new RegimeSymbol(syntax, market));
    }

    private void BindRegime(RegimeSymbol regime)
    {
        var seen = new Dictionary<string, RegimeClauseSyntax>(StringComparer.Ordinal);
        var texts = ImmutableDictionary.CreateBuilder<string, string>(StringComparer.Ordinal);
        foreach (var clause in regime.Syntax.Clauses)
        {
            var keyword = clause.FirstToken;
            if (keyword.IsMissing)
            {
                continue;
            }

            if (!seen.TryAdd(keyword.Text, clause) && clause is not (RequiresClauseSyntax or AcceptsClauseSyntax or SurveillanceClauseSyntax))
            {
                Report(SemanticDiagnostics.DuplicateClause, keyword, $"'{keyword.Text}' is given twice in regime '{Safe(regime.Name)}'; keep one");
                continue;
            }

            switch (clause)
            {
                case TextClauseSyntax text when !text.Value.IsMissing:
                    texts[keyword.Text] = Strings.Unescape(text.Value.Text);
                    break;
                case RouteClauseSyntax route when !route.Route.IsMissing:
                    if (!RegimeRoutes.All.Contains(route.Route.Text))
                    {
                        Report(SemanticDiagnostics.UnknownRoute, route.Route, SemanticDiagnostics.Unknown("route", route.Route.Text, RegimeRoutes.All));
                    }

                    regime.Route = route.Route.Text;
                    break;
                case ValidityClauseSyntax validity:
                    regime.ValidityDays = BindDuration(validity.Duration)?.MinimumDays;
                    break;
                case DateClauseSyntax date when keyword.Kind == SyntaxKind.EffectiveKeyword:
                    regime.Effective = BindDate(date.Date);
                    break;
                case DateClauseSyntax date:
                    regime.Until = BindDate(date.Date);
                    break;
                case ScopeBlockSyntax scope:
                    regime.Scope = [.. scope.Clauses.Select(c => BindScopeRule(c))];
                    break;
                case ProcessBlockSyntax process:
                    regime.Steps = BindProcess(regime, process);
                    break;
                case SurveillanceClauseSyntax surveillance when BindDuration(surveillance.Interval) is { } interval:
                    var title = surveillance.Title is { } t ? Strings.Unescape(t.Text) : null;
                    regime.Surveillance = regime.Surveillance.Add(new Surveillance(title, interval.MinimumDays));
                    break;
            }
        }

        regime.Texts = texts.ToImmutable();
        if (regime.Effective is { } effective && regime.Until is { } until && effective > until)
        {
            Report(SemanticDiagnostics.EmptyDateWindow, regime.Syntax.Name,
                $"regime '{Safe(regime.Name)}' is effective from {effective:yyyy-MM-dd} until {until:yyyy-MM-dd}: it never applies; check the dates");
        }

        ReportNeverMatchingRules(regime);
    }

    private ScopeRule BindScopeRule(ScopeClauseSyntax syntax)
    {
        var categories = new List<CategorySymbol>();
        var prefixes = new List<HsCodeValue>();
        foreach (var target in syntax.Targets)
        {
            switch (target)
            {
                case CategoryTargetSyntax category when ResolveCategory(category.Category) is { } symbol:
                    categories.Add(symbol);
                    break;
                case HsTargetSyntax hs when BindHsCode(hs.Code) is { } prefix:
                    prefixes.Add(prefix);
                    break;
            }
        }

        var where = syntax.Where is { } clause ? BindCondition(clause.Condition) : null;
        var (from, until) = BindWindow(syntax.From, syntax.Until, syntax.Keyword.Text);
        return new ScopeRule(syntax.IsInclude, [.. categories], [.. prefixes], where, from, until, syntax);
    }

    private (DateOnly? From, DateOnly? Until) BindWindow(FromClauseSyntax? fromClause, UntilClauseSyntax? untilClause, string what)
    {
        var from = fromClause is null ? null : BindDate(fromClause.Date);
        var until = untilClause is null ? null : BindDate(untilClause.Date);
        if (from > until)
        {
            Report(SemanticDiagnostics.EmptyDateWindow, fromClause!,
                $"this {what} applies from {from:yyyy-MM-dd} until {until:yyyy-MM-dd}: never; check the dates");
        }

        return (from, until);
    }

    private void BindRegimeLinks(RegimeSymbol regime)
    {
        var requires = new List<RegimeSymbol>();
        var accepts = new List<Acceptance>();
        foreach (var clause in regime.Syntax.Clauses)
        {
            switch (clause)
            {
                case RequiresClauseSyntax requiresClause:
                    requires.AddRange(requiresClause.Regimes.Select(ResolveRegime).OfType<RegimeSymbol>());
                    break;
                case AcceptsClauseSyntax acceptsClause:
                    var (from, until) = BindWindow(acceptsClause.From, acceptsClause.Until, "acceptance");
                    accepts.AddRange(acceptsClause.Regimes.Select(ResolveRegime).OfType<RegimeSymbol>().Select(r => new Acceptance(r, from, until)));
                    break;
            }
        }

        regime.Requires = [.. requires];
        regime.Accepts = [.. accepts];
    }

    private void ReportRegimeCycles()
    {
        var regimes = Ordered(_regimes.Values);
        foreach (var cycle in Cycles.Find(regimes, r => r.Requires))
        {
            Report(SemanticDiagnostics.RequiresCycle, cycle[0].Syntax.Name, cycle.Count == 1
                ? $"regime '{Safe(cycle[0].Name)}' requires itself and could never start; remove '{Safe(cycle[0].Name)}' from its 'requires'"
                : $"regimes require each other in a cycle: {Cycles.Describe(cycle)}; none of them could ever start: remove one 'requires'");
        }

        foreach (var cycle in Cycles.Find(regimes, r => r.Accepts.Select(a => a.Regime)))
        {
            Report(SemanticDiagnostics.AcceptsCycle, cycle[0].Syntax.Name, cycle.Count == 1
                ? $"regime '{Safe(cycle[0].Name)}' accepts itself; remove '{Safe(cycle[0].Name)}' from its 'accepts'"
                : $"regimes accept each other in a cycle: {Cycles.Describe(cycle)}; each would stand in for the other: remove one 'accepts'");
        }
    }
}
