using System.Globalization;
using CertLang.Packs.Model;

namespace CertLang.Packs.Tests;

/// <summary>Date windows: inclusive bounds, open sides, empty windows and their one text form.</summary>
public sealed class DateWindowTests
{
    private static readonly DateOnly Start = new(2024, 8, 1);
    private static readonly DateOnly End = new(2030, 12, 31);

    [Theory]
    [InlineData("2024-07-31", false)]
    [InlineData("2024-08-01", true)]
    [InlineData("2027-06-01", true)]
    [InlineData("2030-12-31", true)]
    [InlineData("2031-01-01", false)]
    public void Both_bounds_are_inclusive(string date, bool contained)
    {
        Assert.Equal(contained, new DateWindow(Start, End).Contains(DateOnly.Parse(date, CultureInfo.InvariantCulture)));
    }

    [Fact]
    public void A_missing_bound_leaves_that_side_open()
    {
        Assert.True(new DateWindow(Start, null).Contains(DateOnly.MaxValue));
        Assert.False(new DateWindow(Start, null).Contains(Start.AddDays(-1)));
        Assert.True(new DateWindow(null, End).Contains(DateOnly.MinValue));
        Assert.False(new DateWindow(null, End).Contains(End.AddDays(1)));
        Assert.True(new DateWindow(null, null).Contains(DateOnly.MinValue));
        Assert.True(new DateWindow(null, null).Contains(DateOnly.MaxValue));
    }

    [Fact]
    public void A_window_that_ends_before_it_starts_is_empty_and_contains_nothing()
    {
        var window = new DateWindow(End, Start);

        Assert.True(window.IsEmpty);
        Assert.False(window.Contains(Start));
        Assert.False(window.Contains(End));
        Assert.False(new DateWindow(Start, Start).IsEmpty);
        Assert.False(new DateWindow(Start, null).IsEmpty);
    }

    [Fact]
    public void Only_a_window_without_bounds_is_always()
    {
        Assert.True(new DateWindow(null, null).IsAlways);
        Assert.True(default(DateWindow).IsAlways);
        Assert.False(new DateWindow(Start, null).IsAlways);
        Assert.False(new DateWindow(null, End).IsAlways);
    }

    [Fact]
    public void The_text_is_written_as_a_clause_ends()
    {
        Assert.Equal("from 2024-08-01 until 2030-12-31", new DateWindow(Start, End).ToString());
        Assert.Equal("from 2024-08-01", new DateWindow(Start, null).ToString());
        Assert.Equal("until 2030-12-31", new DateWindow(null, End).ToString());
        Assert.Equal("always", new DateWindow(null, null).ToString());
    }
}
