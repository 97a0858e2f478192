using CertLang.Semantics.Binding;
using CertLang.Semantics.Symbols;
using CertLang.Syntax.Diagnostics;
using static CertLang.Syntax.Diagnostics.DiagnosticSeverity;
using static CertLang.Syntax.Text.DisplayText;

namespace CertLang.Semantics.Diagnostics;

/// <summary>Processes (CERT104x): steps that wait for each other, their default durations, and regimes that require or accept each other.</summary>
public static partial class SemanticDiagnostics
{
    /// <summary>CERT1040: steps wait for each other in a cycle.</summary>
    public static readonly DiagnosticDescriptor StepCycle = new("CERT1040", Error, "Cycle in step order");

    /// <summary>CERT1040 of the <paramref name="cycle"/> of steps of <paramref name="regime"/>, or of one step that waits for itself.</summary>
    internal static DiagnosticMessage StepsWaitInCycle(string regime, IReadOnlyList<StepSymbol> cycle) => new(StepCycle, cycle.Count == 1
        ? $"step '{Safe(cycle[0].Name)}' waits for itself; remove '{Safe(cycle[0].Name)}' from its 'after'"
        : $"steps of '{Safe(regime)}' wait for each other: {Cycles.Describe(cycle)}; remove one 'after'");

    /// <summary>CERT1041: a step without a <c>takes</c> without <c>when</c>.</summary>
    public static readonly DiagnosticDescriptor NoDefaultTakes = new("CERT1041", Error, "Step without a default duration");

    /// <summary>CERT1041 of <paramref name="step"/>.</summary>
    internal static DiagnosticMessage DefaultDurationMissing(string step) =>
        new(NoDefaultTakes, $"step '{Safe(step)}' has no default duration: add a 'takes' without 'when' as its last line");

    /// <summary>CERT1042: a step's second <c>takes</c> without <c>when</c>.</summary>
    public static readonly DiagnosticDescriptor SecondDefaultTakes = new("CERT1042", Error, "More than one default duration");

    /// <summary>CERT1042 of <paramref name="step"/>.</summary>
    internal static DiagnosticMessage DefaultDurationTwice(string step) =>
        new(SecondDefaultTakes, $"step '{Safe(step)}' already has a default duration (a 'takes' without 'when'); give this one a 'when' or remove it");

    /// <summary>CERT1043: a <c>takes … when</c> after the step's default.</summary>
    public static readonly DiagnosticDescriptor UnreachableTakes = new("CERT1043", Warning, "Duration never used");

    /// <summary>CERT1043 of <paramref name="step"/>.</summary>
    internal static DiagnosticMessage DurationAfterDefault(string step) =>
        new(UnreachableTakes, $"this duration comes after the default of step '{Safe(step)}' and is never used; move it above the default");

    /// <summary>CERT1044: regimes require each other in a cycle.</summary>
    public static readonly DiagnosticDescriptor RequiresCycle = new("CERT1044", Error, "Cycle in requires");

    /// <summary>CERT1044 of the <paramref name="cycle"/> of regimes, or of one regime that requires itself.</summary>
    internal static DiagnosticMessage RegimesRequireInCycle(IReadOnlyList<RegimeSymbol> cycle) => new(RequiresCycle, cycle.Count == 1
        ? $"regime '{Safe(cycle[0].Name)}' requires itself and could never start; remove '{Safe(cycle[0].Name)}' from its 'requires'"
        : $"regimes require each other in a cycle: {Cycles.Describe(cycle)}; none of them could ever start: remove one 'requires'");

    /// <summary>CERT1045: regimes accept each other in a cycle.</summary>
    public static readonly DiagnosticDescriptor AcceptsCycle = new("CERT1045", Error, "Cycle in accepts");

    /// <summary>CERT1045 of the <paramref name="cycle"/> of regimes, or of one regime that accepts itself.</summary>
    internal static DiagnosticMessage RegimesAcceptInCycle(IReadOnlyList<RegimeSymbol> cycle) => new(AcceptsCycle, cycle.Count == 1
        ? $"regime '{Safe(cycle[0].Name)}' accepts itself; remove '{Safe(cycle[0].Name)}' from its 'accepts'"
        : $"regimes accept each other in a cycle: {Cycles.Describe(cycle)}; each would stand in for the other: remove one 'accepts'");
}
