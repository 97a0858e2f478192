using System.Collections.Immutable;
using CertLang.Packs.Model;
using CertLang.Semantics.Types;

namespace CertLang.Planning.Documentation;

/// <summary>Works out the reference of a pack: which regimes apply where, and every scope rule, duration and date as text.</summary>
public static class PackReferenceBuilder
{
    /// <summary>The reference of <paramref name="pack"/>; everything keeps the pack's (deterministic) order.</summary>
    public static PackReference Build(RulePack pack)
    {
        var conditions = new ConditionText(pack.Attributes);
        return new PackReference(
            pack.Pack,
            pack.Hash,
            [.. pack.Markets.Select(m => Market(m, pack))],
            [.. pack.Regimes.Select(r => Regime(r, conditions))],
            Categories(pack.Categories.ToLookup(c => c.Parent), parent: null),
            [
                .. pack.Attributes.Select(a => new AttributeReference(a.Name, AttributeTypeText.Of(a), BuiltIn: false, a.Doc)),
                new AttributeReference("category", "a category of the pack", BuiltIn: true),
                new AttributeReference("hs", "an HS code", BuiltIn: true),
            ]);
    }

    private static MarketReference Market(PackMarket market, RulePack pack)
    {
        var blocs = pack.Markets.Where(b => b.Members.Contains(market.Name)).Select(b => b.Name).ToHashSet(StringComparer.Ordinal);
        var regimes = pack.Regimes
            .Where(r => r.Market == market.Name || blocs.Contains(r.Market))
            .Select(r => new MarketRegime(r.Name, r.Market == market.Name ? null : r.Market));
        return new MarketReference(market.Name, market.Title, market.Members, market.NotCovered, [.. regimes], market.Doc);
    }

    private static RegimeReference Regime(PackRegime regime, ConditionText conditions)
    {
        return new RegimeReference(
            regime,
            regime.Source is { } source && IsWebAddress(source) ? source : null,
            Validity(regime.Validity),
            ScopeRuleText.Window(regime.Window),
            [.. regime.Scope.Select(rule => Sentence(rule, conditions))],
            [.. regime.Steps.Select(step => Step(step, conditions))],
            regime.Steps.IsEmpty ? null : ProcessLeadTime.Of(regime.Steps).ToString(),
            [.. regime.Surveillance.Select(s => $"{s.Title ?? "Surveillance"} every {s.Every}")],
            [.. regime.Accepts.Select(AcceptanceText.Of)]);
    }

    /// <summary><c>5 years</c>; a range also says which figure the planner's renewals use: <c>1..5 years (renewals planned at 1 year)</c>.</summary>
    private static string? Validity(DurationRange? validity) => validity switch
    {
        null => null,
        { } range when range.Minimum == range.Maximum => range.ToString(),
        { } range => $"{range} (renewals planned at {range.Minimum})",
    };

    private static ScopeSentence Sentence(PackScopeRule rule, ConditionText conditions) => new(
        rule.Kind == PackScopeRule.Include,
        [.. ScopeRuleText.Targets(rule)],
        rule.Where is { } where ? conditions.Render(where) : null,
        ScopeRuleText.Window(rule.Window));

    private static StepReference Step(PackStep step, ConditionText conditions) => new(
        step.Name,
        step.Title,
        step.After,
        [.. step.Takes.Select(t => new StepDuration(t.Range.ToString(), t.When is { } when ? conditions.Render(when) : null))]);

    private static ImmutableArray<CategoryReference> Categories(ILookup<string?, PackCategory> children, string? parent) =>
        [.. children[parent].Select(c => new CategoryReference(c.Name, c.Title, c.Hs, Categories(children, c.Name), c.Doc))];

    private static bool IsWebAddress(string text) =>
        Uri.TryCreate(text, UriKind.Absolute, out var uri)
        && (uri.Scheme == Uri.UriSchemeHttp || uri.Scheme == Uri.UriSchemeHttps)
        && !text.Any(c => char.IsWhiteSpace(c) || c is '<' or '>' or '"' or '\'' or '`');
}
