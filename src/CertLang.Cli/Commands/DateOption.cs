using System.CommandLine;
using System.CommandLine.Parsing;
using CertLang.Planning.Plans;

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
        try
        {
            return PlanDates.Parse(result.Tokens.Single().Value);
        }
        catch (PlanInputException e)
        {
            result.AddError(e.Message);
            return null;
        }
    }
}
