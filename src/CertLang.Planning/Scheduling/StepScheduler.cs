using System.Collections.Immutable;
using CertLang.Packs.Model;
using CertLang.Planning.Plans;
using CertLang.Semantics.Types;
using CertLang.Syntax.Text;
using static CertLang.Planning.Reports.PlanWording;

namespace CertLang.Planning.Scheduling;

/// <summary>
/// Schedules a regime's step graph backwards from a deadline (docs/language.md, "Planning"): a step with no successor
/// ends on the deadline, any other step ends when its earliest successor starts, and start = end − duration in calendar
/// arithmetic (<see cref="CalendarDuration.Before"/>). A step that would start before the first day of the calendar is a
/// <see cref="PlanInputException"/>.
/// </summary>
public static class StepScheduler
{
    /// <summary>The scheduled steps of <paramref name="regime"/>, in the regime's step order.</summary>
    /// <param name="regime">The regime whose process is scheduled.</param>
    /// <param name="duration">The duration of each step, for the product being planned.</param>
    /// <param name="deadline">When the last steps must end.</param>
    public static ImmutableArray<ScheduledStep> Schedule(PackRegime regime, Func<PackStep, CalendarDuration> duration, DateOnly deadline)
    {
        var successors = regime.Steps.ToDictionary(s => s.Name, _ => new List<PackStep>(), StringComparer.Ordinal);
        foreach (var step in regime.Steps)
        {
            foreach (var predecessor in step.After)
            {
                successors[predecessor].Add(step);
            }
        }

        var starts = new Dictionary<string, DateOnly>(StringComparer.Ordinal);
        var scheduled = new Dictionary<string, ScheduledStep>(StringComparer.Ordinal);
        var waiting = successors.ToDictionary(s => s.Key, s => s.Value.Count, StringComparer.Ordinal);
        var ready = new Queue<PackStep>(regime.Steps.Where(s => waiting[s.Name] == 0));
        while (ready.TryDequeue(out var step))
        {
            var end = successors[step.Name].Count == 0 ? deadline : successors[step.Name].Min(s => starts[s.Name]);
            var length = duration(step);
            var start = length.Before(end) ?? throw new PlanInputException(
                $"regime {DisplayText.Safe(regime.Name)}: step {DisplayText.Safe(step.Name)} ({length}, ending {Iso(end)}) would start before {Iso(DateOnly.MinValue)}, the first day of the calendar; plan for a later shipment date or shorten the steps");
            starts[step.Name] = start;
            scheduled[step.Name] = new ScheduledStep(step.Name, step.Title, start, end, end.DayNumber - start.DayNumber);
            foreach (var predecessor in step.After)
            {
                if (--waiting[predecessor] == 0)
                {
                    ready.Enqueue(regime.Steps.First(s => s.Name == predecessor));
                }
            }
        }

        if (scheduled.Count != regime.Steps.Length)
        {
            throw new InvalidOperationException($"the steps of regime {regime.Name} form a cycle; the compiler rejects such packs");
        }

        return [.. regime.Steps.Select(s => scheduled[s.Name])];
    }

    /// <summary>The duration a step takes under <paramref name="estimate"/>: the range's minimum, its midpoint (<see cref="DurationRange.Midpoint"/>) or its maximum.</summary>
    public static CalendarDuration Duration(PackDuration duration, Estimate estimate) => estimate switch
    {
        Estimate.Optimistic => duration.Min,
        Estimate.Expected => duration.Range.Midpoint,
        _ => duration.Max,
    };
}
