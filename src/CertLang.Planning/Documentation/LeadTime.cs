using CertLang.Packs.Model;

namespace CertLang.Planning.Documentation;

/// <summary>
/// How long a regime's process takes end to end, in days: the longest path through its step graph, once with every
/// step at its shortest figure (<see cref="MinDays"/>) and once at its longest (<see cref="MaxDays"/>). A step's figures
/// span all of its <c>takes</c> lines, so the range holds for every product.
/// </summary>
public sealed record LeadTime(int MinDays, int MaxDays)
{
    /// <summary>The lead time of <paramref name="steps"/>; zero for no steps.</summary>
    public static LeadTime Of(IReadOnlyList<PackStep> steps)
    {
        var finishes = new Dictionary<string, (int Min, int Max)>(StringComparer.Ordinal);
        foreach (var step in TopologicalOrder(steps))
        {
            var predecessors = step.After.Select(p => finishes[p]).ToList();
            var startMin = predecessors.Count == 0 ? 0 : predecessors.Max(f => f.Min);
            var startMax = predecessors.Count == 0 ? 0 : predecessors.Max(f => f.Max);
            finishes[step.Name] = (startMin + step.Takes.Min(t => t.MinDays), startMax + step.Takes.Max(t => t.MaxDays));
        }

        return finishes.Count == 0 ? new LeadTime(0, 0) : new LeadTime(finishes.Values.Max(f => f.Min), finishes.Values.Max(f => f.Max));
    }

    /// <summary>The steps, each after all of its predecessors (Kahn's algorithm, so that long chains need no deep recursion).</summary>
    private static List<PackStep> TopologicalOrder(IReadOnlyList<PackStep> steps)
    {
        var byName = steps.ToDictionary(s => s.Name, StringComparer.Ordinal);
        var waitingFor = steps.ToDictionary(s => s.Name, s => s.After.Distinct(StringComparer.Ordinal).Count(), StringComparer.Ordinal);
        var successors = steps.SelectMany(s => s.After.Distinct(StringComparer.Ordinal).Select(p => (Predecessor: p, Step: s)))
            .ToLookup(pair => pair.Predecessor, pair => pair.Step, StringComparer.Ordinal);
        if (steps.SelectMany(s => s.After).FirstOrDefault(p => !byName.ContainsKey(p)) is { } unknown)
        {
            throw new InvalidOperationException($"step '{unknown}' is named in 'after' but is not a step of the regime");
        }

        var ready = new Queue<PackStep>(steps.Where(s => waitingFor[s.Name] == 0));
        var order = new List<PackStep>(steps.Count);
        while (ready.TryDequeue(out var step))
        {
            order.Add(step);
            foreach (var successor in successors[step.Name])
            {
                if (--waitingFor[successor.Name] == 0)
                {
                    ready.Enqueue(successor);
                }
            }
        }

        return order.Count == steps.Count ? order : throw new InvalidOperationException("the steps' 'after' links form a cycle");
    }
}
