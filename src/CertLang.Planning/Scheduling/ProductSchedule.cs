using System.Collections.Immutable;
using CertLang.Packs.Model;
using CertLang.Planning.Plans;
using CertLang.Semantics.Types;

namespace CertLang.Planning.Scheduling;

/// <summary>
/// The schedule of one product's required regimes: each regime's steps end by its deadline, which is the shipment date,
/// or earlier when a regime of the plan <c>requires</c> it (it must be complete before that regime's first step).
/// Regimes are scheduled on first use and remembered.
/// </summary>
internal sealed class ProductSchedule(
    IReadOnlyDictionary<string, PackRegime> regimes,
    IReadOnlySet<string> scheduled,
    Func<PackStep, CalendarDuration> duration,
    DateOnly ship)
{
    private readonly Dictionary<string, ImmutableArray<ScheduledStep>> _steps = new(StringComparer.Ordinal);
    private readonly Dictionary<string, DateOnly> _deadlines = new(StringComparer.Ordinal);

    /// <summary>The earliest start of all scheduled regimes, or null when nothing needs scheduling.</summary>
    public DateOnly? EarliestStart => scheduled.Count == 0 ? null : scheduled.Min(StartOf);

    /// <summary>The steps of a scheduled regime; default (not empty) when the regime is not scheduled.</summary>
    public ImmutableArray<ScheduledStep> StepsOf(string regime)
    {
        if (!scheduled.Contains(regime))
        {
            return default;
        }

        if (!_steps.TryGetValue(regime, out var steps))
        {
            steps = StepScheduler.Schedule(regimes[regime], duration, DeadlineOf(regime));
            _steps[regime] = steps;
        }

        return steps;
    }

    /// <summary>When a scheduled regime must start: its earliest step, or its deadline when it has no steps.</summary>
    public DateOnly StartOf(string regime)
    {
        var steps = StepsOf(regime);
        return steps.IsEmpty ? DeadlineOf(regime) : steps.Min(s => s.Start);
    }

    /// <summary>The shipment date, or the earliest start of the scheduled regimes that require this one.</summary>
    public DateOnly DeadlineOf(string regime)
    {
        if (!_deadlines.TryGetValue(regime, out var deadline))
        {
            deadline = scheduled.Where(r => regimes[r].Requires.Contains(regime)).Select(StartOf).Append(ship).Min();
            _deadlines[regime] = deadline;
        }

        return deadline;
    }

    /// <summary>
    /// The chain of steps that sets the earliest start: from the first step to start, each next step is a successor that
    /// starts the day it ends, up to a last step; when that regime ends early because another requires it, the chain goes
    /// on into the requiring regime.
    /// </summary>
    public IEnumerable<(string Regime, string Step)> CriticalPath()
    {
        if (EarliestStart is not { } earliest)
        {
            yield break;
        }

        var regime = scheduled.Where(r => StartOf(r) == earliest).Order(StringComparer.Ordinal).First();
        var step = StepsOf(regime).FirstOrDefault(s => s.Start == earliest);
        while (step is not null)
        {
            yield return (regime, step.Step);
            var definition = regimes[regime];
            var next = StepsOf(regime).FirstOrDefault(s => s.Start == step.End && definition.Steps.First(d => d.Name == s.Step).After.Contains(step.Step));
            if (next is null && step.End < ship)
            {
                var requiring = scheduled.Where(r => regimes[r].Requires.Contains(regime) && StartOf(r) == step.End).Order(StringComparer.Ordinal).FirstOrDefault();
                if (requiring is not null)
                {
                    regime = requiring;
                    next = StepsOf(regime).FirstOrDefault(s => s.Start == step.End);
                }
            }

            step = next;
        }
    }
}
