using CertLang.Packs.Model;
using CertLang.Planning.Documentation;

namespace CertLang.Planning.Diff;

/// <summary>Compares two versions of one regime: its texts and dates, scope rules, steps and durations, lead time and links.</summary>
internal static class RegimeDiffer
{
    /// <summary>The changes from <paramref name="old"/> to <paramref name="new"/>, whose conditions are written with the given renderers.</summary>
    public static RegimeDiff Compare(PackRegime old, ConditionText oldConditions, PackRegime @new, ConditionText newConditions)
    {
        var changes = new ChangeList();
        changes.Field("market", old.Market, @new.Market);
        changes.Field("title", old.Title, @new.Title);
        changes.Field("authority", old.Authority, @new.Authority);
        changes.Field("mark", old.Mark, @new.Mark);
        changes.Field("route", old.Route, @new.Route);
        changes.Field("basis", old.Basis, @new.Basis);
        changes.Field("source", old.Source, @new.Source);
        changes.Field("validity", old.Validity?.ToString(), @new.Validity?.ToString());
        changes.Field("effective", Date(old.Effective), Date(@new.Effective));
        changes.Field("until", Date(old.Until), Date(@new.Until));
        ScopeRuleChanges.Compare(old.Scope, oldConditions, @new.Scope, newConditions, changes);
        Steps(old, oldConditions, @new, newConditions, changes);
        changes.Field("lead time", LeadTimeText(old), LeadTimeText(@new));
        changes.Items("surveillance", old.Surveillance.Select(Surveillance), @new.Surveillance.Select(Surveillance));
        changes.Items("requires", old.Requires, @new.Requires);
        changes.Items("accepts", old.Accepts.Select(AcceptanceText.Of), @new.Accepts.Select(AcceptanceText.Of));
        return new RegimeDiff(@new.Name, changes.ToImmutable());
    }

    private static void Steps(PackRegime old, ConditionText oldConditions, PackRegime @new, ConditionText newConditions, ChangeList changes)
    {
        changes.Items("step", old.Steps.Select(s => s.Name), @new.Steps.Select(s => s.Name));
        var oldSteps = old.Steps.ToDictionary(s => s.Name, StringComparer.Ordinal);
        foreach (var step in @new.Steps.Where(s => oldSteps.ContainsKey(s.Name)))
        {
            var before = oldSteps[step.Name];
            changes.Field($"step {step.Name} title", before.Title, step.Title);
            changes.Field($"step {step.Name} after", After(before), After(step));
            changes.Field($"step {step.Name} takes", Takes(before, oldConditions), Takes(step, newConditions));
        }
    }

    private static string After(PackStep step) => string.Join(", ", step.After.Order(StringComparer.Ordinal));

    /// <summary><c>4..6 weeks when has_cb_report; 4..8 weeks</c>: every <c>takes</c> line in order, the default last.</summary>
    private static string Takes(PackStep step, ConditionText conditions) => string.Join("; ", step.Takes.Select(t =>
        t.Range + (t.When is { } when ? " when " + conditions.Render(when) : "")));

    private static string? LeadTimeText(PackRegime regime) => regime.Steps.IsEmpty ? null : ProcessLeadTime.Of(regime.Steps).ToString();

    private static string Surveillance(PackSurveillance surveillance) =>
        $"{(surveillance.Title is { } title ? title + " " : "")}every {surveillance.Every}";

    private static string? Date(DateOnly? date) => date?.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
}
