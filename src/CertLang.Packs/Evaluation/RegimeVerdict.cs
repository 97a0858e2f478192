using System.Collections.Immutable;
using CertLang.Semantics.Symbols;

namespace CertLang.Packs.Evaluation;

/// <summary>
/// The status part of a <see cref="RegimeDecision"/>, as the fast path gives it without building rule results or
/// reasons: the same status, the regime that stands in for satisfied-by, and the missing attributes on demand.
/// </summary>
public readonly struct RegimeVerdict
{
    private readonly MissingAttributes _missing;
    private readonly ImmutableArray<string> _slots;

    internal RegimeVerdict(RegimeStatus status, string? satisfiedBy, MissingAttributes missing, ImmutableArray<string> slots)
    {
        Status = status;
        SatisfiedBy = satisfiedBy;
        _missing = missing;
        _slots = slots;
    }

    /// <summary>The status, as <see cref="RegimeDecision.Status"/>.</summary>
    public RegimeStatus Status { get; }

    /// <summary>The accepted regime that stands in, as <see cref="RegimeDecision.SatisfiedBy"/> names it; null unless satisfied-by.</summary>
    public string? SatisfiedBy { get; }

    /// <summary>The attributes the product lacked, as <see cref="RegimeDecision.Missing"/> (only when undetermined); built when asked.</summary>
    public ImmutableArray<string> Missing => Status == RegimeStatus.Undetermined ? _missing.Names(_slots) : [];
}
