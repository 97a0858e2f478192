namespace CertLang.Planning.Reports;

/// <summary>
/// The time axis of a Gantt chart: whole calendar months from the earliest to the latest date shown, scaled to a fixed width in
/// pixels, with a tick on the first of every month and a label on every month, every 2, 3, 6 or 12 months, or every few years, as
/// the width allows.
/// </summary>
internal sealed class GanttTimeline
{
    private const double MinimumLabelSpacing = 56;
    private static readonly int[] LabelIntervalsWithinAYear = [1, 2, 3, 6, 12];

    private readonly int _labelEveryMonths;

    /// <summary>A timeline over the months of <paramref name="dates"/> (at least one), <paramref name="width"/> pixels wide.</summary>
    public GanttTimeline(IEnumerable<DateOnly> dates, double width)
    {
        var shown = dates.ToList();
        var (first, last) = (shown.Min(), shown.Max());
        Start = new DateOnly(first.Year, first.Month, 1);
        var lastMonth = new DateOnly(last.Year, last.Month, 1);
        End = lastMonth == last && last > Start ? last : lastMonth.AddMonths(1);
        Width = width;
        var months = MonthIndex(End) - MonthIndex(Start);
        var spacious = LabelIntervalsWithinAYear.Where(every => width * every / months >= MinimumLabelSpacing);
        _labelEveryMonths = spacious.Any() ? spacious.First() : 12 * (int)Math.Ceiling(months * MinimumLabelSpacing / width / 12);
    }

    /// <summary>The first day shown: the first of the earliest date's month.</summary>
    public DateOnly Start { get; }

    /// <summary>The end of the axis: the latest date when it is the first of a month (and not the start), else the first of the next month.</summary>
    public DateOnly End { get; }

    /// <summary>The width of the axis in pixels.</summary>
    public double Width { get; }

    /// <summary>The distance of the start of <paramref name="date"/> from the start of the axis, in pixels.</summary>
    public double X(DateOnly date) => Width * (date.DayNumber - Start.DayNumber) / (End.DayNumber - Start.DayNumber);

    /// <summary>
    /// The first of every month from <see cref="Start"/> to <see cref="End"/> (of every January when labels are a year or
    /// more apart, so that centuries of schedule draw a few hundred ticks), and whether its tick is labelled.
    /// </summary>
    public IEnumerable<(DateOnly Month, bool Labelled)> MonthTicks()
    {
        for (var month = Start; month <= End; month = month.AddMonths(1))
        {
            if (_labelEveryMonths < 12 || month.Month == 1)
            {
                yield return (month, MonthIndex(month) % _labelEveryMonths == 0);
            }
        }
    }

    /// <summary>Months since year 0, so that labels fall on calendar boundaries (quarters, Januaries, even years).</summary>
    private static int MonthIndex(DateOnly month) => (month.Year * 12) + month.Month - 1;
}
