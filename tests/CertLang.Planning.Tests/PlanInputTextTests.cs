using CertLang.Planning.Plans;

namespace CertLang.Planning.Tests;

/// <summary>Dates and estimates as written on the command line and in the language server's <c>certlang/plan</c>.</summary>
public sealed class PlanInputTextTests
{
    [Fact]
    public void A_supported_date_is_parsed_and_anything_else_is_refused_saying_how_to_write_one()
    {
        Assert.Equal(new DateOnly(2028, 2, 29), PlanDates.Parse("2028-02-29"));
        Assert.Equal("'2027-02-30' is not a date; write it as YYYY-MM-DD, such as 2027-06-01", Assert.Throws<PlanInputException>(() => PlanDates.Parse("2027-02-30")).Message);
        Assert.Equal("'1 June' is not a date; write it as YYYY-MM-DD, such as 2027-06-01", Assert.Throws<PlanInputException>(() => PlanDates.Parse("1 June")).Message);
        Assert.Equal("'1899-12-31' is outside the supported dates, 1900-01-01 to 2999-12-31", Assert.Throws<PlanInputException>(() => PlanDates.Parse("1899-12-31")).Message);
    }

    [Fact]
    public void Each_estimate_has_a_name_and_another_name_is_refused_listing_them()
    {
        Assert.Equal(["pessimistic", "expected", "optimistic"], EstimateNames.All.AsEnumerable());
        Assert.Equal([Estimate.Pessimistic, Estimate.Expected, Estimate.Optimistic], EstimateNames.All.Select(EstimateNames.Named));
        Assert.Equal("unknown estimate 'Expected'; the estimates are: pessimistic, expected, optimistic", Assert.Throws<PlanInputException>(() => EstimateNames.Named("Expected")).Message);
    }
}
