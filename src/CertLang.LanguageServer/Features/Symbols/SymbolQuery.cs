namespace CertLang.LanguageServer.Features.Symbols;

/// <summary>How a symbol search matches names: the query's characters appear in the name in order, ignoring case (<c>ftin</c> finds <c>factory_inspection</c>).</summary>
internal static class SymbolQuery
{
    /// <summary>Whether <paramref name="name"/> matches <paramref name="query"/>; an empty query matches every name.</summary>
    public static bool Matches(string name, string query)
    {
        var next = 0;
        foreach (var c in name)
        {
            if (next < query.Length && char.ToLowerInvariant(c) == char.ToLowerInvariant(query[next]))
            {
                next++;
            }
        }

        return next == query.Length;
    }
}
