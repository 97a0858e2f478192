using CertLang.Packs.Model;
using CertLang.Semantics.Processes;

namespace CertLang.Planning.Documentation;

/// <summary>
/// How long a regime's process takes end to end (<see cref="LeadTime"/>, docs/language.md, "Meaning"): the longest path
/// through its step graph, each step spanning all of its <c>takes</c> lines, so that the range holds for every product.
/// </summary>
public static class ProcessLeadTime
{
    /// <summary>The lead time of <paramref name="steps"/>; zero for no steps.</summary>
    public static LeadTime Of(IReadOnlyList<PackStep> steps) =>
        LongestPath.Of(steps, s => s.Name, s => s.After, s => new(s.Takes.Min(t => t.Min), s.Takes.Max(t => t.Max)))
        ?? throw new InvalidOperationException("the steps' 'after' links name an unknown step or form a cycle");
}
