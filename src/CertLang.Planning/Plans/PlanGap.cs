using System.Collections.Immutable;
using CertLang.Semantics.Symbols;

namespace CertLang.Planning.Plans;

/// <summary>What keeps a product's plan from being complete: a regime that could not be decided, or one required with no lead time.</summary>
/// <param name="Kind">Which kind of gap.</param>
/// <param name="Market">The market the regime is declared in.</param>
/// <param name="Regime">The regime.</param>
/// <param name="Missing">For an undetermined regime, the attributes the product lacks.</param>
public sealed record PlanGap(PlanGapKind Kind, string Market, string Regime, ImmutableArray<string> Missing)
{
    /// <summary>The gap in words: <c>CCC (CN) is undetermined: the product lacks rated_voltage</c>.</summary>
    public string Text => Kind switch
    {
        PlanGapKind.Undetermined => $"{Regime} ({Market}) is undetermined: the product lacks {string.Join(", ", Missing)}",
        _ => $"{Regime} ({Market}) is required, but this pack gives it no lead time: plan it separately",
    };

    /// <summary>The kind's name in JSON: <c>undetermined</c> or <c>no-lead-time</c>.</summary>
    public string KindName => Kind == PlanGapKind.Undetermined ? RegimeStatus.Undetermined.Name() : "no-lead-time";
}

/// <summary>The kinds of <see cref="PlanGap"/>.</summary>
public enum PlanGapKind
{
    /// <summary>The product lacks attributes the regime's scope needs.</summary>
    Undetermined,

    /// <summary>The regime is required, but it has no <c>process</c> in this pack.</summary>
    NoLeadTime,
}
