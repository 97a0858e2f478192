using CertLang.Semantics.Types;

namespace CertLang.Semantics.Processes;

/// <summary>
/// How long a process takes end to end (docs/language.md, "Meaning"): the calendar sum of the steps along its longest
/// chain, once at their shortest figures and once at their longest. A sum of months alone or of days alone is written as
/// it is; one that mixes months with days is only about that long, since a month's days depend on the dates.
/// </summary>
/// <param name="Range">The sums at the shortest and at the longest figures.</param>
public readonly record struct LeadTime(DurationRange Range)
{
    /// <summary>Whether a bound mixes months with days, so that the lead time holds only about.</summary>
    public bool IsApproximate => Mixes(Range.Minimum) || Mixes(Range.Maximum);

    /// <summary>The lead time in words: <c>11..24 weeks</c>, <c>3..6 months</c>, <c>about 3 months 2 weeks</c>.</summary>
    public override string ToString() => IsApproximate ? $"about {Range}" : Range.ToString();

    private static bool Mixes(CalendarDuration duration) => duration.Months != 0 && duration.Days != 0;
}
