namespace CertLang.Semantics.Types;

/// <summary>A duration or a range of durations, from <see cref="Minimum"/> to <see cref="Maximum"/>, in calendar time (docs/language.md, "Meaning").</summary>
/// <param name="Minimum">The shortest duration.</param>
/// <param name="Maximum">The longest duration.</param>
public readonly record struct DurationRange(CalendarDuration Minimum, CalendarDuration Maximum)
{
    /// <summary>
    /// The longest duration a pack may state, in <see cref="CalendarDuration.ApproximateDays"/> (100 years of 365 days):
    /// the compiler reports a longer one, the pack loader refuses one, and so no schedule arithmetic can leave the calendar.
    /// </summary>
    public const int MaxDays = 36_500;

    /// <summary>
    /// The expected duration, halfway between the bounds: half of their months added up, an odd month left over counting as
    /// 15 days, plus half of their days added up, rounded up. So 1..2 months is 1 month 15 days, and 4..7 days is 6 days.
    /// </summary>
    public CalendarDuration Midpoint
    {
        get
        {
            var months = (long)Minimum.Months + Maximum.Months;
            var days = (long)Minimum.Days + Maximum.Days + ((months % 2) * CalendarDuration.DaysPerMonth);
            return new CalendarDuration((int)(months / 2), (int)((days + 1) / 2));
        }
    }

    /// <summary>The range in words: <c>1..3 weeks</c>, <c>3 months</c> (see <see cref="CalendarDuration.ToString"/>).</summary>
    public override string ToString() => CalendarDuration.RangeWords(Minimum, Maximum);
}
