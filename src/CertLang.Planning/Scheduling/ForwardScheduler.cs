using CertLang.Packs.Model;
using CertLang.Planning.Plans;
using CertLang.Syntax.Text;
using static CertLang.Planning.Reports.PlanWording;

namespace CertLang.Planning.Scheduling;

/// <summary>
/// Schedules a product's regimes forward from a start date, for the earliest date it can ship (docs/language.md,
/// "Planning: earliest ship date"): a regime starts on that date or when the last regime it <c>requires</c> is certified,
/// a step starts when its last predecessor ends, and a regime is certified when its last step ends.
/// </summary>
internal sealed class ForwardScheduler(
    IReadOnlyDictionary<string, PackRegime> regimes,
    IReadOnlySet<string> scheduled,
    Func<PackStep, DateOnly, DateOnly?> finish,
    DateOnly start)
{
    private readonly Dictionary<string, DateOnly> _certified = new(StringComparer.Ordinal);

    /// <summary>When <paramref name="regime"/> (one of the scheduled, which all have steps) is certified at the earliest.</summary>
    public DateOnly CertifiedBy(string regime)
    {
        if (_certified.TryGetValue(regime, out var known))
        {
            return known;
        }

        var definition = regimes[regime];
        var release = definition.Requires.Where(scheduled.Contains).Select(CertifiedBy).Append(start).Max();
        var ends = new Dictionary<string, DateOnly>(StringComparer.Ordinal);
        var remaining = new List<PackStep>(definition.Steps);
        while (remaining.Count > 0)
        {
            var ready = remaining.First(step => step.After.All(ends.ContainsKey));
            ends[ready.Name] = Finish(definition, ready, ready.After.Select(p => ends[p]).Append(release).Max());
            remaining.Remove(ready);
        }

        var certified = ends.Values.Max();
        _certified[regime] = certified;
        return certified;
    }

    private DateOnly Finish(PackRegime regime, PackStep step, DateOnly from) =>
        finish(step, from) ?? throw new PlanInputException(
            $"regime {DisplayText.Safe(regime.Name)}: step {DisplayText.Safe(step.Name)}, started on {Iso(from)}, would end after {Iso(DateOnly.MaxValue)}, the last day of the calendar");
}
