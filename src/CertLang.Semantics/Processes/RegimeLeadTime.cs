using CertLang.Semantics.Symbols;

namespace CertLang.Semantics.Processes;

/// <summary>A regime's total lead time: its process end to end, each step spanning all of its <c>takes</c> lines.</summary>
public static class RegimeLeadTime
{
    /// <summary>The lead time of <paramref name="regime"/>, or null when it has no steps, a step has no duration yet, or the steps form a cycle.</summary>
    public static LeadTime? Of(RegimeSymbol regime) =>
        regime.Steps.IsEmpty || regime.Steps.Any(s => s.Span is null)
            ? null
            : LongestPath.Of(regime.Steps, s => s.Name, s => s.Predecessors.Select(p => p.Name), s => s.Span!.Value);
}
