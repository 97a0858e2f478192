using CertLang.Semantics.Types;

namespace CertLang.Semantics.Processes;

/// <summary>
/// How long a process of steps takes end to end: the longest path through the step graph, once with every step at its
/// shortest figure and once at its longest. A path's length is the calendar sum of its steps, and paths are compared by
/// <see cref="CalendarDuration.CompareTo"/> (approximate days, then months). Steps are visited in topological order
/// (Kahn's algorithm), so that long chains need no deep recursion.
/// </summary>
public static class LongestPath
{
    /// <summary>The lead time of <paramref name="steps"/> (zero for none), or null when their <c>after</c> links name an unknown step or form a cycle.</summary>
    public static LeadTime? Of<TStep>(IReadOnlyList<TStep> steps, Func<TStep, string> name, Func<TStep, IEnumerable<string>> after, Func<TStep, DurationRange> duration)
    {
        var byName = new Dictionary<string, TStep>(StringComparer.Ordinal);
        foreach (var step in steps)
        {
            byName.TryAdd(name(step), step);
        }

        var predecessors = byName.Values.ToDictionary(name, s => after(s).Distinct(StringComparer.Ordinal).ToList(), StringComparer.Ordinal);
        if (predecessors.Values.SelectMany(p => p).Any(p => !byName.ContainsKey(p)))
        {
            return null;
        }

        var waitingFor = predecessors.ToDictionary(p => p.Key, p => p.Value.Count, StringComparer.Ordinal);
        var successors = predecessors.SelectMany(p => p.Value.Select(before => (Before: before, Step: p.Key))).ToLookup(p => p.Before, p => p.Step, StringComparer.Ordinal);
        var ready = new Queue<string>(waitingFor.Where(w => w.Value == 0).Select(w => w.Key));
        var finishes = new Dictionary<string, DurationRange>(StringComparer.Ordinal);
        while (ready.TryDequeue(out var current))
        {
            var starts = predecessors[current].Select(p => finishes[p]).ToList();
            var own = duration(byName[current]);
            finishes[current] = new DurationRange(
                (starts.Count == 0 ? default : starts.Max(f => f.Minimum)) + own.Minimum,
                (starts.Count == 0 ? default : starts.Max(f => f.Maximum)) + own.Maximum);
            foreach (var successor in successors[current])
            {
                if (--waitingFor[successor] == 0)
                {
                    ready.Enqueue(successor);
                }
            }
        }

        if (finishes.Count != byName.Count)
        {
            return null;
        }

        return finishes.Count == 0 ? default(LeadTime) : new LeadTime(new DurationRange(finishes.Values.Max(f => f.Minimum), finishes.Values.Max(f => f.Maximum)));
    }
}
