namespace CertLang.Syntax.Diagnostics;

/// <summary>
/// Finds the "did you mean" candidate for a misspelt word by edit distance, in bounded time and memory: words longer
/// than <see cref="MaxWordLength"/> get no suggestion, and candidates too much longer or shorter are not measured.
/// </summary>
public static class SpellChecker
{
    /// <summary>The longest word a suggestion is looked for (a longer one is not a typo of a name a person types).</summary>
    public const int MaxWordLength = 64;

    /// <summary>The candidate closest to <paramref name="word"/> (ties go to the first), if it is close enough to be a typo.</summary>
    public static string? Suggest(string word, IEnumerable<string> candidates)
    {
        if (word.Length > MaxWordLength)
        {
            return null;
        }

        var limit = Math.Max(1, word.Length / 3);
        string? best = null;
        var bestDistance = int.MaxValue;
        foreach (var candidate in candidates)
        {
            if (Math.Abs(candidate.Length - word.Length) > limit)
            {
                continue;
            }

            var distance = Distance(word, candidate);
            if (distance <= limit && distance < bestDistance && distance > 0)
            {
                best = candidate;
                bestDistance = distance;
            }
        }

        return best;
    }

    /// <summary>
    /// The optimal-string-alignment distance: insertions, deletions, substitutions and swaps of neighbours cost 1.
    /// Takes time in the product of the lengths: callers bound them, as <see cref="Suggest"/> does.
    /// </summary>
    public static int Distance(string a, string b)
    {
        var d = new int[a.Length + 1, b.Length + 1];
        for (var i = 0; i <= a.Length; i++)
        {
            d[i, 0] = i;
        }

        for (var j = 0; j <= b.Length; j++)
        {
            d[0, j] = j;
        }

        for (var i = 1; i <= a.Length; i++)
        {
            for (var j = 1; j <= b.Length; j++)
            {
                var cost = a[i - 1] == b[j - 1] ? 0 : 1;
                d[i, j] = Math.Min(Math.Min(d[i - 1, j] + 1, d[i, j - 1] + 1), d[i - 1, j - 1] + cost);
                if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1])
                {
                    d[i, j] = Math.Min(d[i, j], d[i - 2, j - 2] + 1);
                }
            }
        }

        return d[a.Length, b.Length];
    }
}
