using System.CommandLine;
using System.CommandLine.Parsing;
using System.Globalization;
using CertLang.Planning.Plans;
using CertLang.Syntax.Text;

namespace CertLang.Cli.Commands;

/// <summary>Options that take an ISO date (YYYY-MM-DD) within <see cref="PlanDates"/>, such as <c>--today</c> and <c>--ship</c>.</summary>
internal static class DateOption
{
    /// <summary>Creates an optional date option; a value that is not a calendar date or is outside the supported dates is a usage error.</summary>
    public static Option<DateOnly?> Create(string name, string description) => new(name)
    {
        Description = $"{description} Supported dates: {PlanDates.Range}.",
        HelpName = "YYYY-MM-DD",
        CustomParser = Parse,
    };

    private static DateOnly? Parse(ArgumentResult result)
    {
        var value = result.Tokens.Single().Value;
        if (!DateOnly.TryParseExact(value, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
        {
            result.AddError($"'{DisplayText.Safe(value)}' is not a date; write it as YYYY-MM-DD, such as 2027-06-01");
            return null;
        }

        if (!PlanDates.Contains(date))
        {
            result.AddError($"'{value}' is outside the supported dates, {PlanDates.Range}");
            return null;
        }

        return date;
    }
}
