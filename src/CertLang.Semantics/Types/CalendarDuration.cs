using System.Globalization;

namespace CertLang.Semantics.Types;

/// <summary>
/// An amount of calendar time (docs/language.md, "Meaning"): whole months (a year is 12) and days (a week is 7), taken
/// from and added to dates with month arithmetic, months first: 31 May − 3 months = 28 February, and 28 February + 1 year
/// = 28 February. Compared by <see cref="ApproximateDays"/>, then by months, so that one order holds for every pair.
/// </summary>
/// <param name="Months">The whole months.</param>
/// <param name="Days">The days besides the months.</param>
public readonly record struct CalendarDuration(int Months, int Days) : IComparable<CalendarDuration>
{
    /// <summary>The days a month counts as where days are needed: in <see cref="ApproximateDays"/> and for a fraction of a month.</summary>
    public const int DaysPerMonth = 30;

    private const int MonthsPerYear = 12;
    private const int DaysPerWeek = 7;

    /// <summary>The amount with a month counted as 30 days: for comparisons, lead-time sums and the limit of 100 years.</summary>
    public long ApproximateDays => ((long)Months * DaysPerMonth) + Days;

    /// <summary>The date this amount before <paramref name="end"/> (its months, then its days), or null when that is before the calendar's first day.</summary>
    public DateOnly? Before(DateOnly end) => Shift(end, -(long)Months, -(long)Days);

    /// <summary>The date this amount after <paramref name="start"/> (its months, then its days), or null when that is after the calendar's last day.</summary>
    public DateOnly? After(DateOnly start) => Shift(start, Months, Days);

    /// <summary>
    /// This amount times <paramref name="factor"/> (at least 0, and small enough for the result to fit): the months times the
    /// factor, of which the fraction of a month counts as that fraction of 30 days, plus the days times the factor, rounded up
    /// to a whole day. So 1 month times 1.5 is 1 month 15 days, and 1 week times 1.1 is 8 days.
    /// </summary>
    public CalendarDuration Times(decimal factor)
    {
        var months = Months * factor;
        var wholeMonths = decimal.Floor(months);
        var days = decimal.Ceiling(((months - wholeMonths) * DaysPerMonth) + (Days * factor));
        return new CalendarDuration((int)wholeMonths, (int)days);
    }

    /// <summary>The sum of two amounts, months and days each added up.</summary>
    public static CalendarDuration operator +(CalendarDuration left, CalendarDuration right) => new(left.Months + right.Months, left.Days + right.Days);

    /// <inheritdoc />
    public int CompareTo(CalendarDuration other)
    {
        var byDays = ApproximateDays.CompareTo(other.ApproximateDays);
        return byDays != 0 ? byDays : Months.CompareTo(other.Months);
    }

    /// <summary>The amount in words, the one form every duration is shown in: <c>3 months</c>, <c>2 weeks</c>, <c>1 year 2 weeks</c>, <c>10 days</c>, <c>0 days</c>.</summary>
    public override string ToString() => Words(Parts(Months % MonthsPerYear == 0, Days % DaysPerWeek == 0));

    /// <summary>
    /// The range from <paramref name="minimum"/> to <paramref name="maximum"/> in words, both bounds in the same units:
    /// <c>1..3 weeks</c>, <c>10..14 days</c>, <c>1 month 15 days..2 months</c>; one amount when the bounds are equal.
    /// </summary>
    internal static string RangeWords(CalendarDuration minimum, CalendarDuration maximum)
    {
        if (minimum == maximum)
        {
            return minimum.ToString();
        }

        var inYears = minimum.Months % MonthsPerYear == 0 && maximum.Months % MonthsPerYear == 0;
        var inWeeks = minimum.Days % DaysPerWeek == 0 && maximum.Days % DaysPerWeek == 0;
        var (low, high) = (minimum.Parts(inYears, inWeeks), maximum.Parts(inYears, inWeeks));
        return (low, high) switch
        {
            ([], [var only]) => $"0..{Number(only.Count)} {only.Plural}",
            ([var first], [var second]) when first.Plural == second.Plural => $"{Number(first.Count)}..{Number(second.Count)} {second.Plural}",
            _ => $"{Words(low)}..{Words(high)}",
        };
    }

    private List<(int Count, string Singular, string Plural)> Parts(bool inYears, bool inWeeks)
    {
        var parts = new List<(int Count, string Singular, string Plural)>(2);
        if (Months != 0)
        {
            parts.Add(inYears ? (Months / MonthsPerYear, "year", "years") : (Months, "month", "months"));
        }

        if (Days != 0)
        {
            parts.Add(inWeeks ? (Days / DaysPerWeek, "week", "weeks") : (Days, "day", "days"));
        }

        return parts;
    }

    private static string Words(List<(int Count, string Singular, string Plural)> parts) =>
        parts.Count == 0 ? "0 days" : string.Join(' ', parts.Select(p => $"{Number(p.Count)} {(p.Count == 1 ? p.Singular : p.Plural)}"));

    private static string Number(int count) => count.ToString(CultureInfo.InvariantCulture);

    private static DateOnly? Shift(DateOnly date, long months, long days)
    {
        var monthIndex = (date.Year * 12L) + date.Month - 1 + months;
        if (monthIndex < DateOnly.MinValue.Year * 12L || monthIndex > (DateOnly.MaxValue.Year * 12L) + 11)
        {
            return null;
        }

        var (year, month) = ((int)(monthIndex / 12), (int)(monthIndex % 12) + 1);
        var dayNumber = new DateOnly(year, month, Math.Min(date.Day, DateTime.DaysInMonth(year, month))).DayNumber + days;
        return dayNumber < DateOnly.MinValue.DayNumber || dayNumber > DateOnly.MaxValue.DayNumber ? null : DateOnly.FromDayNumber((int)dayNumber);
    }
}
