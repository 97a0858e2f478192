using System.Collections.Immutable;
using CertLang.Syntax.Text;
using static CertLang.Planning.Reports.PlanWording;

namespace CertLang.Planning.Plans;

/// <summary>The estimates by name, as <c>certc plan --estimate</c> and the language server's <c>certlang/plan</c> take them.</summary>
public static class EstimateNames
{
    /// <summary>The names, in the order of <see cref="Estimate"/>: pessimistic, expected, optimistic.</summary>
    public static ImmutableArray<string> All { get; } = [.. Enum.GetValues<Estimate>().Select(EstimateName)];

    /// <summary>The estimate <paramref name="name"/> (one of <see cref="All"/>) stands for; another name is a <see cref="PlanInputException"/> listing them.</summary>
    public static Estimate Named(string name) =>
        All.IndexOf(name) is var index and >= 0
            ? Enum.GetValues<Estimate>()[index]
            : throw new PlanInputException($"unknown estimate '{DisplayText.Safe(name)}'; the estimates are: {string.Join(", ", All)}");
}
