namespace CertLang.Packs.Serialization;

/// <summary>Finds a cycle in a graph of names (regimes by <c>requires</c> or <c>accepts</c>, steps by <c>after</c>, categories by parent), without recursion.</summary>
internal static class PackCycles
{
    /// <summary>The first cycle met walking from <paramref name="nodes"/> in order, as <c>a → b → a</c>; null when there is none.</summary>
    public static string? Find(IEnumerable<string> nodes, Func<string, IEnumerable<string>> edges)
    {
        var done = new HashSet<string>(StringComparer.Ordinal);
        foreach (var start in nodes)
        {
            if (done.Contains(start))
            {
                continue;
            }

            var path = new List<string> { start };
            var onPath = new HashSet<string>(StringComparer.Ordinal) { start };
            var stack = new Stack<IEnumerator<string>>();
            stack.Push(edges(start).GetEnumerator());
            while (stack.Count > 0)
            {
                if (!stack.Peek().MoveNext())
                {
                    stack.Pop();
                    done.Add(path[^1]);
                    onPath.Remove(path[^1]);
                    path.RemoveAt(path.Count - 1);
                    continue;
                }

                var next = stack.Peek().Current;
                if (onPath.Contains(next))
                {
                    return string.Join(" → ", path.Skip(path.IndexOf(next)).Append(next));
                }

                if (done.Contains(next))
                {
                    continue;
                }

                path.Add(next);
                onPath.Add(next);
                stack.Push(edges(next).GetEnumerator());
            }
        }

        return null;
    }
}
