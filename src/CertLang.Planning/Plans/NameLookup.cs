using CertLang.Syntax.Diagnostics;
using CertLang.Syntax.Text;

namespace CertLang.Planning.Plans;

/// <summary>
/// The names of the pack's markets and regimes as users type them (<c>certc plan --markets cn</c>, <c>certc explain
/// --regime ccc</c>, <c>certlang/plan</c>): in any case when only one name of the pack matches, else refused with a
/// "did you mean" (docs/cli.md, "Names").
/// </summary>
internal static class NameLookup
{
    /// <summary>
    /// The pack's spelling of <paramref name="typed"/>: itself when <paramref name="known"/> has it, else the one known name
    /// equal to it ignoring case; otherwise a <see cref="PlanInputException"/> "unknown <paramref name="what"/> …".
    /// </summary>
    public static string Resolve(string typed, IReadOnlyCollection<string> known, string what)
    {
        if (known.Contains(typed, StringComparer.Ordinal))
        {
            return typed;
        }

        var sameLetters = known.Where(k => string.Equals(k, typed, StringComparison.OrdinalIgnoreCase)).Order(StringComparer.Ordinal).ToList();
        if (sameLetters.Count == 1)
        {
            return sameLetters[0];
        }

        var suggestion = sameLetters.Count > 1 ? DisplayText.List(sameLetters.Select(Quoted), " or ") : Closest(typed, known) is { } close ? Quoted(close) : null;
        var didYouMean = suggestion is null ? "" : $" (did you mean {suggestion}?)";
        throw new PlanInputException($"unknown {what} '{DisplayText.Safe(typed)}'{didYouMean}; the pack knows: {DisplayText.List(known.Order(StringComparer.Ordinal))}");
    }

    /// <summary>The known name closest to <paramref name="typed"/> ignoring case, if it is close enough to be a typo.</summary>
    private static string? Closest(string typed, IReadOnlyCollection<string> known)
    {
        if (typed.Length > DisplayText.MaxQuotedLength)
        {
            return null;
        }

        var folded = known.Order(StringComparer.Ordinal).GroupBy(k => k.ToUpperInvariant()).ToDictionary(g => g.Key, g => g.First(), StringComparer.Ordinal);
        return SpellChecker.Suggest(typed.ToUpperInvariant(), folded.Keys) is { } close ? folded[close] : null;
    }

    private static string Quoted(string name) => $"'{DisplayText.Safe(name)}'";
}
