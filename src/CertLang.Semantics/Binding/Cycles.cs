using CertLang.Semantics.Symbols;
using CertLang.Syntax.Text;

namespace CertLang.Semantics.Binding;

/// <summary>
/// Finds the cycles of a directed graph, without recursion: of symbols in the binder (steps by <c>after</c>, regimes by
/// <c>requires</c>/<c>accepts</c>), of names in the pack loader, which must refuse what the binder reports.
/// </summary>
public static class Cycles
{
    /// <summary>One cycle per strongly connected group of symbols that has one, each starting at its first node in <paramref name="nodes"/> order.</summary>
    public static List<List<T>> Find<T>(IReadOnlyList<T> nodes, Func<T, IEnumerable<T>> edges)
        where T : Symbol => Find(nodes, edges, ReferenceEqualityComparer.Instance);

    /// <summary>
    /// One cycle per strongly connected group that has one, nodes told apart by <paramref name="comparer"/>, each cycle
    /// starting at its first node in <paramref name="nodes"/> order.
    /// </summary>
    public static List<List<T>> Find<T>(IReadOnlyList<T> nodes, Func<T, IEnumerable<T>> edges, IEqualityComparer<T> comparer)
        where T : notnull
    {
        var state = new Dictionary<T, int>(comparer);
        var cycles = new List<List<T>>();
        var inCycle = new HashSet<T>(comparer);
        foreach (var start in nodes)
        {
            if (state.ContainsKey(start))
            {
                continue;
            }

            var path = new List<T>();
            var stack = new Stack<(T Node, IEnumerator<T> Next)>();
            Enter(start);
            while (stack.Count > 0)
            {
                var (node, next) = stack.Peek();
                if (!next.MoveNext())
                {
                    state[node] = 2;
                    path.RemoveAt(path.Count - 1);
                    stack.Pop();
                    continue;
                }

                var target = next.Current;
                if (!state.TryGetValue(target, out var targetState))
                {
                    Enter(target);
                }
                else if (targetState == 1 && !inCycle.Contains(target))
                {
                    var cycle = path.Skip(path.IndexOf(target)).ToList();
                    cycle.ForEach(n => inCycle.Add(n));
                    cycles.Add(Rotate(cycle, nodes, comparer));
                }
            }

            void Enter(T node)
            {
                state[node] = 1;
                path.Add(node);
                stack.Push((node, edges(node).GetEnumerator()));
            }
        }

        return cycles;
    }

    /// <summary><c>a → b → a</c>, each name made safe to quote and a long cycle cut (<see cref="DisplayText.List"/>).</summary>
    public static string Describe(IReadOnlyList<string> cycle) => DisplayText.List(cycle.Append(cycle[0]), " → ");

    /// <summary><c>a → b → a</c> of the symbols' names, as <see cref="Describe(IReadOnlyList{string})"/>.</summary>
    public static string Describe<T>(IReadOnlyList<T> cycle)
        where T : Symbol => Describe([.. cycle.Select(n => n.Name)]);

    private static List<T> Rotate<T>(List<T> cycle, IReadOnlyList<T> order, IEqualityComparer<T> comparer)
    {
        var first = cycle.MinBy(n => IndexOf(order, n, comparer))!;
        var at = cycle.IndexOf(first);
        return [.. cycle.Skip(at), .. cycle.Take(at)];
    }

    private static int IndexOf<T>(IReadOnlyList<T> list, T item, IEqualityComparer<T> comparer)
    {
        for (var i = 0; i < list.Count; i++)
        {
            if (comparer.Equals(list[i], item))
            {
                return i;
            }
        }

        return int.MaxValue;
    }
}
