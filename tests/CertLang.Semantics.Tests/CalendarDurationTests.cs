using CertLang.Semantics.Types;

namespace CertLang.Semantics.Tests;

/// <summary>Calendar time (docs/language.md, "Meaning"): month arithmetic on dates, scaling by an amount, the one text form, midpoints and order.</summary>
public sealed class CalendarDurationTests
{
    [Theory]
    [InlineData(3, 0, "2027-05-31", "2027-02-28")]
    [InlineData(3, 0, "2027-03-31", "2026-12-31")]
    [InlineData(1, 0, "2028-03-31", "2028-02-29")]
    [InlineData(0, 14, "2027-06-01", "2027-05-18")]
    [InlineData(12, 0, "2028-02-29", "2027-02-28")]
    [InlineData(1, 15, "2027-03-31", "2027-02-13")]
    [InlineData(0, 0, "2027-06-01", "2027-06-01")]
    public void Before_takes_the_months_then_the_days_from_the_end(int months, int days, string end, string start)
    {
        Assert.Equal(DateOnly.Parse(start), new CalendarDuration(months, days).Before(DateOnly.Parse(end)));
    }

    [Theory]
    [InlineData(12, 0, "2027-02-28", "2028-02-28")]
    [InlineData(1, 0, "2027-01-31", "2027-02-28")]
    [InlineData(1, 0, "2028-01-31", "2028-02-29")]
    [InlineData(0, 7, "2027-12-28", "2028-01-04")]
    [InlineData(1, 1, "2027-01-31", "2027-03-01")]
    public void After_adds_the_months_then_the_days_to_the_start(int months, int days, string start, string end)
    {
        Assert.Equal(DateOnly.Parse(end), new CalendarDuration(months, days).After(DateOnly.Parse(start)));
    }

    [Fact]
    public void Outside_the_calendar_there_is_no_date()
    {
        Assert.Null(new CalendarDuration(1, 0).Before(new DateOnly(1, 1, 31)));
        Assert.Null(new CalendarDuration(0, 1).Before(DateOnly.MinValue));
        Assert.Null(new CalendarDuration(1, 0).After(new DateOnly(9999, 12, 1)));
        Assert.Null(new CalendarDuration(0, 1).After(DateOnly.MaxValue));
        Assert.Null(new CalendarDuration(int.MaxValue, int.MaxValue).After(DateOnly.MinValue));
        Assert.Equal(DateOnly.MinValue, new CalendarDuration(0, 30).Before(new DateOnly(1, 1, 31)));
    }

    [Theory]
    [InlineData(1, 0, "1.5", 1, 15)]
    [InlineData(12, 0, "0.1", 1, 6)]
    [InlineData(0, 7, "1.1", 0, 8)]
    [InlineData(0, 1, "2.5", 0, 3)]
    [InlineData(12, 0, "3", 36, 0)]
    [InlineData(1, 10, "2", 2, 20)]
    [InlineData(1, 0, "0", 0, 0)]
    public void Times_scales_months_and_days_and_counts_a_fraction_of_a_month_as_30_days_rounded_up(int months, int days, string factor, int expectedMonths, int expectedDays)
    {
        Assert.Equal(new CalendarDuration(expectedMonths, expectedDays), new CalendarDuration(months, days).Times(decimal.Parse(factor, System.Globalization.CultureInfo.InvariantCulture)));
    }

    [Theory]
    [InlineData(3, 0, "3 months")]
    [InlineData(1, 0, "1 month")]
    [InlineData(12, 0, "1 year")]
    [InlineData(60, 0, "5 years")]
    [InlineData(18, 0, "18 months")]
    [InlineData(0, 14, "2 weeks")]
    [InlineData(0, 10, "10 days")]
    [InlineData(0, 1, "1 day")]
    [InlineData(12, 14, "1 year 2 weeks")]
    [InlineData(1, 15, "1 month 15 days")]
    [InlineData(0, 0, "0 days")]
    public void One_text_form_writes_years_or_months_then_weeks_or_days(int months, int days, string expected)
    {
        Assert.Equal(expected, new CalendarDuration(months, days).ToString());
    }

    [Theory]
    [InlineData(0, 7, 0, 21, "1..3 weeks")]
    [InlineData(0, 10, 0, 14, "10..14 days")]
    [InlineData(0, 0, 0, 14, "0..2 weeks")]
    [InlineData(12, 0, 24, 0, "1..2 years")]
    [InlineData(6, 0, 12, 0, "6..12 months")]
    [InlineData(1, 15, 2, 0, "1 month 15 days..2 months")]
    [InlineData(0, 14, 0, 14, "2 weeks")]
    public void A_range_writes_both_bounds_in_the_same_units(int minMonths, int minDays, int maxMonths, int maxDays, string expected)
    {
        Assert.Equal(expected, new DurationRange(new(minMonths, minDays), new(maxMonths, maxDays)).ToString());
    }

    [Theory]
    [InlineData(1, 0, 2, 0, 1, 15)]
    [InlineData(0, 4, 0, 7, 0, 6)]
    [InlineData(0, 28, 0, 56, 0, 42)]
    [InlineData(3, 0, 3, 0, 3, 0)]
    [InlineData(1, 15, 2, 0, 1, 23)]
    [InlineData(12, 0, 36, 0, 24, 0)]
    public void The_midpoint_halves_the_months_with_an_odd_one_as_15_days_and_rounds_the_days_up(int minMonths, int minDays, int maxMonths, int maxDays, int months, int days)
    {
        Assert.Equal(new CalendarDuration(months, days), new DurationRange(new(minMonths, minDays), new(maxMonths, maxDays)).Midpoint);
    }

    [Fact]
    public void Amounts_are_ordered_by_approximate_days_then_by_months()
    {
        Assert.Equal(36_510, new CalendarDuration(1217, 0).ApproximateDays);
        Assert.True(new CalendarDuration(1, 0).CompareTo(new CalendarDuration(0, 29)) > 0);
        Assert.True(new CalendarDuration(1, 0).CompareTo(new CalendarDuration(0, 30)) > 0);
        Assert.True(new CalendarDuration(1, 0).CompareTo(new CalendarDuration(0, 31)) < 0);
        Assert.Equal(0, new CalendarDuration(2, 3).CompareTo(new CalendarDuration(2, 3)));
        Assert.Equal(new CalendarDuration(3, 17), new CalendarDuration(1, 10) + new CalendarDuration(2, 7));
    }
}
