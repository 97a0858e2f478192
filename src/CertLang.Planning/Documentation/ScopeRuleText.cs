using CertLang.Packs.Model;

namespace CertLang.Planning.Documentation;

/// <summary>
/// Writes a scope rule from its normalised content, in CertLang's own clause form:
/// <c>include household_appliance, hs 8504.40 where rated_voltage &gt; 12 V from 2024-08-01</c>.
/// Two rules with the same meaning-bearing content give the same text, wherever and however they were written.
/// </summary>
public static class ScopeRuleText
{
    /// <summary>The whole clause.</summary>
    public static string Render(PackScopeRule rule, ConditionText conditions)
    {
        var parts = new List<string> { rule.Kind };
        if (Targets(rule) is { Count: > 0 } targets)
        {
            parts.Add(string.Join(", ", targets));
        }

        if (rule.Where is { } where)
        {
            parts.Add("where " + conditions.Render(where));
        }

        if (Window(rule.Window) is { } window)
        {
            parts.Add(window);
        }

        return string.Join(" ", parts);
    }

    /// <summary>The categories and HS prefixes a rule names, as written in a clause: <c>household_appliance</c>, <c>hs 8504.40</c>.</summary>
    public static List<string> Targets(PackScopeRule rule) =>
        [.. rule.Categories, .. rule.Hs.Select(digits => "hs " + ConditionText.HsCode(digits))];

    /// <summary>A date window as a clause ends: <c>from 2024-08-01</c>, <c>until 2030-12-31</c>, both, or null for none.</summary>
    public static string? Window(DateWindow window) => window.IsAlways ? null : window.ToString();
}
