using CertLang.Packs.Model;
using CertLang.Semantics.Processes;
using CertLang.Semantics.Types;

namespace CertLang.Planning.Documentation;

/// <summary>
/// How long a regime's process takes end to end, in days: the longest path through its step graph, once with every
/// step at its shortest figure (<see cref="MinDays"/>) and once at its longest (<see cref="MaxDays"/>). A step's figures
/// span all of its <c>takes</c> lines, so the range holds for every product.
/// </summary>
public sealed record LeadTime(int MinDays, int MaxDays)
{
    /// <summary>The lead time of <paramref name="steps"/>; zero for no steps.</summary>
    public static LeadTime Of(IReadOnlyList<PackStep> steps)
    {
        var range = LongestPath.Of(
            steps,
            s => s.Name,
            s => s.After,
            s => new DurationRange(s.Takes.Min(t => t.MinDays), s.Takes.Max(t => t.MaxDays)))
            ?? throw new InvalidOperationException("the steps' 'after' links name an unknown step or form a cycle");
        return new LeadTime(range.MinimumDays, range.MaximumDays);
    }
}
