using CertLang.Packs.Model;
using CertLang.Planning.Documentation;

namespace CertLang.Planning.Diff;

/// <summary>
/// Compares two regimes' scope rules by their normalised content (<see cref="ScopeRuleText"/>), never by their source
/// lines: a rule only one side has is added or removed, except that a removed and an added rule of the same kind that
/// name the same targets are one rule changed (its condition or dates), paired in order.
/// </summary>
internal static class ScopeRuleChanges
{
    private const string Subject = "scope rule";

    /// <summary>Adds the changes from <paramref name="old"/> to <paramref name="new"/> to <paramref name="changes"/>.</summary>
    public static void Compare(
        IEnumerable<PackScopeRule> old, ConditionText oldConditions, IEnumerable<PackScopeRule> @new, ConditionText newConditions, ChangeList changes)
    {
        var removed = old.Select(r => Content.Of(r, oldConditions)).ToList();
        var added = new List<Content>();
        foreach (var rule in @new.Select(r => Content.Of(r, newConditions)))
        {
            var same = removed.FindIndex(r => r.Text == rule.Text);
            if (same >= 0)
            {
                removed.RemoveAt(same);
            }
            else
            {
                added.Add(rule);
            }
        }

        foreach (var rule in removed)
        {
            var counterpart = added.FindIndex(a => a.Targets == rule.Targets);
            if (counterpart >= 0)
            {
                changes.Add(new Change(Subject, rule.Text, added[counterpart].Text));
                added.RemoveAt(counterpart);
            }
            else
            {
                changes.Add(new Change(Subject, rule.Text, null));
            }
        }

        foreach (var rule in added)
        {
            changes.Add(new Change(Subject, null, rule.Text));
        }
    }

    /// <summary>A rule's text, and its kind with its targets: what makes two different texts the same rule changed.</summary>
    private sealed record Content(string Text, string Targets)
    {
        public static Content Of(PackScopeRule rule, ConditionText conditions) =>
            new(ScopeRuleText.Render(rule, conditions), $"{rule.Kind} {string.Join(", ", ScopeRuleText.Targets(rule))}");
    }
}
