using System.Collections.Immutable;
using CertLang.Packs.Evaluation;
using CertLang.Packs.Model;
using CertLang.Semantics.Symbols;

namespace CertLang.Planning.Tests.Reports;

/// <summary>Regime decisions made up for report tests: a regime of a market, with one step, a status and the rules that decided it.</summary>
internal static class Decisions
{
    /// <summary>The decision <paramref name="status"/> of a regime <paramref name="regime"/> declared in <paramref name="market"/>, with <paramref name="rules"/> in force.</summary>
    public static RegimeDecision Of(string regime, string market, RegimeStatus status, params (string Text, SourceLocation Location, Tri Result)[] rules)
    {
        var definition = new PackRegime(regime, market, null, null, null, null, null, null, null, null, null,
            [.. rules.Select(r => new PackScopeRule(PackScopeRule.Include, [], [], null, null, null, r.Text, r.Location))],
            [new PackStep("s", null, [], [new PackDuration(new(0, 1), new(0, 1), null, new SourceLocation("regime.cert", 2))], new SourceLocation("regime.cert", 2))], [], [], [],
            new SourceLocation("regime.cert", 1));
        var results = rules.Select((r, i) => new RuleResult(definition.Scope[i], true, r.Result)).ToImmutableArray();
        return new RegimeDecision(definition, new DateOnly(2027, 6, 1), status, results, Tri.False, Tri.False, [], []);
    }
}
