using System.Collections.Immutable;
using CertLang.Semantics.Diagnostics;
using CertLang.Semantics.Symbols;
using CertLang.Syntax;

namespace CertLang.Semantics.Binding;

/// <summary>Regimes: their market, texts, route, dates, scope, and links to other regimes.</summary>
internal sealed partial class Binder
{
    private void DeclareRegime(RegimeDeclarationSyntax syntax)
    {
        var market = ResolveMarket(syntax.Market);
        Declare(_regimes, syntax.Name, new RegimeSymbol(syntax, market));
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
                Report(keyword, SemanticDiagnostics.RegimeClauseTwice(keyword.Text, regime.Name));
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
                        Report(route.Route, SemanticDiagnostics.RouteNotKnown(route.Route.Text));
                    }

                    regime.Route = route.Route.Text;
                    break;
                case ValidityClauseSyntax validity:
                    regime.Validity = BindDuration(validity.Duration);
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
                    regime.Surveillance = regime.Surveillance.Add(new Surveillance(title, interval.Minimum));
                    break;
            }
        }

        regime.Texts = texts.ToImmutable();
        if (regime.Effective is { } effective && regime.Until is { } until && effective > until)
        {
            Report(regime.Syntax.Name, SemanticDiagnostics.RegimeNeverEffective(regime.Name, effective, until));
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
        var (from, until) = BindWindow(syntax.From, syntax.Until, (start, end) => SemanticDiagnostics.ScopeWindowEmpty(syntax.IsInclude, start, end));
        return new ScopeRule(syntax.IsInclude, [.. categories], [.. prefixes], where, from, until, syntax);
    }

    /// <summary>The dates of a <c>from</c> and an <c>until</c>; a window that holds no day is reported by <paramref name="empty"/>.</summary>
    private (DateOnly? From, DateOnly? Until) BindWindow(
        FromClauseSyntax? fromClause, UntilClauseSyntax? untilClause, Func<DateOnly, DateOnly, DiagnosticMessage> empty)
    {
        var from = fromClause is null ? null : BindDate(fromClause.Date);
        var until = untilClause is null ? null : BindDate(untilClause.Date);
        if (from is { } start && until is { } end && start > end)
        {
            Report(fromClause!, empty(start, end));
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
                    var takes = acceptsClause.Takes is { } clauseTakes && BindDuration(clauseTakes.Duration) is { } duration ? new TakesRule(duration, null, clauseTakes) : null;
                    var (from, until) = BindWindow(acceptsClause.From, acceptsClause.Until, SemanticDiagnostics.AcceptanceWindowEmpty);
                    accepts.AddRange(acceptsClause.Regimes.Select(ResolveRegime).OfType<RegimeSymbol>().Select(r => new Acceptance(r, from, until, takes)));
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
            Report(cycle[0].Syntax.Name, SemanticDiagnostics.RegimesRequireInCycle(cycle));
        }

        foreach (var cycle in Cycles.Find(regimes, r => r.Accepts.Select(a => a.Regime)))
        {
            Report(cycle[0].Syntax.Name, SemanticDiagnostics.RegimesAcceptInCycle(cycle));
        }
    }
}
