using CertLang.Semantics.Diagnostics;
using CertLang.Semantics.Symbols;

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
            if (rule.From > regime.Until || rule.Until < regime.Effective)
            {
                Report(rule.Syntax.Keyword, SemanticDiagnostics.OutsideRegimeDates(rule.IsInclude, regime.Name));
            }
            else if (rule.Where is { } where && Satisfiability.WhyNever(where) is { } reason)
            {
                Report(rule.Syntax.Keyword, SemanticDiagnostics.NeverSatisfied(rule.IsInclude, reason));
            }
            else if (rule.IsInclude && rule.HsPrefixes.IsEmpty && !rule.Categories.IsEmpty
                     && rule.Categories.All(c => unconditionalExcludes.Any(c.IsWithin)))
            {
                Report(rule.Syntax.Keyword, SemanticDiagnostics.AllCategoriesExcluded(regime.Name));
            }
        }
    }

    private void ReportUnused()
    {
        var used = _references.Where(r => !ReferenceEquals(r.Value.NameToken, r.Key)).Select(r => r.Value).ToHashSet();
        foreach (var attribute in _attributes.Values.Where(a => !a.IsBuiltIn && !used.Contains(a)))
        {
            Report(attribute.NameToken!, SemanticDiagnostics.AttributeNotUsed(attribute.Name));
        }

        var usedCategories = used.OfType<CategorySymbol>().ToList();
        foreach (var category in _categories.Values)
        {
            if (!usedCategories.Any(u => category.IsWithin(u) || u.IsWithin(category)))
            {
                Report(category.NameToken!, SemanticDiagnostics.CategoryNotUsed(category.Name));
            }
        }
    }
}
