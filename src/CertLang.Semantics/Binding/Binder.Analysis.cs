using CertLang.Semantics.Diagnostics;
using CertLang.Semantics.Symbols;
using static CertLang.Syntax.Text.DisplayText;

namespace CertLang.Semantics.Binding;

/// <summary>Whole-pack analyses: scope rules that can never match, attributes and categories nothing uses.</summary>
internal sealed partial class Binder
{
    private void ReportNeverMatchingRules(RegimeSymbol regime)
    {
        var unconditionalExcludes = regime.Scope
            .Where(r => !r.IsInclude && r.Where is null && r.From is null && r.Until is null && r.HsPrefixes.IsEmpty)
            .SelectMany(r => r.Categories)
            .ToList();
        foreach (var rule in regime.Scope)
        {
            var what = rule.IsInclude ? "include" : "exclude";
            if (rule.From > regime.Until || rule.Until < regime.Effective)
            {
                Report(SemanticDiagnostics.NeverMatches, rule.Syntax.Keyword,
                    $"this {what} applies only outside the dates of regime '{Safe(regime.Name)}'; check its 'from' and 'until'");
            }
            else if (rule.Where is { } where && Satisfiability.WhyNever(where) is { } reason)
            {
                Report(SemanticDiagnostics.NeverMatches, rule.Syntax.Keyword, $"this {what} can never match: {reason}");
            }
            else if (rule.IsInclude && rule.HsPrefixes.IsEmpty && !rule.Categories.IsEmpty
                     && rule.Categories.All(c => unconditionalExcludes.Any(c.IsWithin)))
            {
                Report(SemanticDiagnostics.NeverMatches, rule.Syntax.Keyword,
                    $"this include can never match: every category it names is excluded by '{Safe(regime.Name)}' without condition");
            }
        }
    }

    private void ReportUnused()
    {
        var used = _references.Where(r => !ReferenceEquals(r.Value.NameToken, r.Key)).Select(r => r.Value).ToHashSet();
        foreach (var attribute in _attributes.Values.Where(a => !a.IsBuiltIn && !used.Contains(a)))
        {
            Report(SemanticDiagnostics.UnusedAttribute, attribute.NameToken!,
                $"attribute '{Safe(attribute.Name)}' is not used by any condition or test; remove it, or use it");
        }

        var usedCategories = used.OfType<CategorySymbol>().ToList();
        foreach (var category in _categories.Values)
        {
            if (!usedCategories.Any(u => category.IsWithin(u) || u.IsWithin(category)))
            {
                Report(SemanticDiagnostics.UnusedCategory, category.NameToken!,
                    $"no scope, condition or test refers to category '{Safe(category.Name)}', its parents or its subcategories; remove it, or use it");
            }
        }
    }
}
