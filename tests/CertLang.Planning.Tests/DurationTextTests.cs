using CertLang.Planning.Documentation;

namespace CertLang.Planning.Tests;

/// <summary>Durations in days written in years, months or weeks when every bound is a whole number of them, with the days alongside.</summary>
public sealed class DurationTextTests
{
    [Theory]
    [InlineData(28, 56, "4–8 weeks (28–56 days)")]
    [InlineData(7, 7, "1 week (7 days)")]
    [InlineData(2, 5, "2–5 days")]
    [InlineData(1, 1, "1 day")]
    [InlineData(7, 10, "7–10 days")]
    [InlineData(1825, 1825, "5 years (1825 days)")]
    [InlineData(360, 360, "12 months (360 days)")]
    [InlineData(210, 420, "7–14 months (210–420 days)")]
    [InlineData(0, 14, "0–14 days")]
    public void Ranges_read_in_the_largest_whole_unit(int minDays, int maxDays, string expected)
    {
        Assert.Equal(expected, DurationText.Range(minDays, maxDays));
    }
}
