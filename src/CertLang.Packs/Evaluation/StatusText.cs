using CertLang.Semantics.Symbols;

namespace CertLang.Packs.Evaluation;

/// <summary>A status in the words reports use, completed by the regime that stands in for satisfied-by: <c>satisfied by LVD</c>.</summary>
public static class StatusText
{
    /// <summary><paramref name="status"/> in words, followed by <paramref name="satisfiedBy"/> for satisfied-by.</summary>
    public static string Of(RegimeStatus status, string? satisfiedBy) =>
        status == RegimeStatus.SatisfiedBy && satisfiedBy is not null ? $"{status.Words()} {satisfiedBy}" : status.Words();

    /// <summary>The decision's status in words: <c>satisfied by LVD</c>, <c>undetermined</c>.</summary>
    public static string Of(RegimeDecision decision) => Of(decision.Status, decision.SatisfiedBy?.Regime);
}
