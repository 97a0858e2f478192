using CertLang.Packs.Evaluation;
using CertLang.Semantics.Symbols;

namespace CertLang.Planning.Reports;

/// <summary>A decision's status as the plan and explain reports write it: its name, or <c>satisfied by R</c>.</summary>
internal static class StatusWording
{
    /// <summary><c>required</c>, <c>not-required</c>, <c>undetermined</c> or <c>satisfied by LVD</c>.</summary>
    public static string Of(RegimeDecision decision) =>
        decision.Status == RegimeStatus.SatisfiedBy ? StatusText.Of(decision) : decision.Status.Name();
}
