namespace CertLang.Planning.Documentation;

/// <summary>
/// Writes durations in days for readers: in years, months or weeks when every bound is a whole number of them
/// (1 year = 365 days, 1 month = 30, 1 week = 7, as the language counts), with the days alongside:
/// <c>4–8 weeks (28–56 days)</c>, <c>5 years (1825 days)</c>, <c>2–5 days</c>.
/// </summary>
public static class DurationText
{
    private static readonly (int Days, string Singular, string Plural)[] Units =
    [
        (365, "year", "years"),
        (30, "month", "months"),
        (7, "week", "weeks"),
    ];

    /// <summary>A single duration.</summary>
    public static string Days(int days) => Range(days, days);

    /// <summary>A range of durations; a range whose bounds are equal is one duration.</summary>
    public static string Range(int minDays, int maxDays)
    {
        var days = Count(minDays, maxDays, "day", "days");
        var unit = Units.FirstOrDefault(u => minDays > 0 && minDays % u.Days == 0 && maxDays % u.Days == 0);
        return unit.Days == 0 ? days : $"{Count(minDays / unit.Days, maxDays / unit.Days, unit.Singular, unit.Plural)} ({days})";
    }

    private static string Count(int min, int max, string singular, string plural) =>
        min == max ? $"{min} {(min == 1 ? singular : plural)}" : $"{min}–{max} {plural}";
}
