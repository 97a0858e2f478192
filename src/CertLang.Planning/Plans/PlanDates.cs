using System.Globalization;
using CertLang.Syntax.Text;
using static CertLang.Planning.Reports.PlanWording;

namespace CertLang.Planning.Plans;

/// <summary>
/// The dates a plan may be made for (shipment date and today): far enough from the end of the calendar that surveillance
/// and validity up to <see cref="Semantics.Types.DurationRange.MaxDays"/> and the Gantt chart's axis stay inside it, and
/// from its start that a few steps of that length do (a longer chain is refused by <see cref="Scheduling.StepScheduler"/>).
/// </summary>
public static class PlanDates
{
    /// <summary>The first supported date.</summary>
    public static readonly DateOnly First = new(1900, 1, 1);

    /// <summary>The last supported date.</summary>
    public static readonly DateOnly Last = new(2999, 12, 31);

    /// <summary>The range in words, for help texts and messages: "1900-01-01 to 2999-12-31".</summary>
    public static string Range => $"{Iso(First)} to {Iso(Last)}";

    /// <summary>Whether <paramref name="date"/> is a supported date.</summary>
    public static bool Contains(DateOnly date) => date >= First && date <= Last;

    /// <summary>The supported date written <paramref name="text"/> (YYYY-MM-DD); anything else is a <see cref="PlanInputException"/> saying how to write one.</summary>
    public static DateOnly Parse(string text)
    {
        if (!DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
        {
            throw new PlanInputException($"'{DisplayText.Safe(text)}' is not a date; write it as YYYY-MM-DD, such as 2027-06-01");
        }

        return Contains(date) ? date : throw new PlanInputException($"'{text}' is outside the supported dates, {Range}");
    }
}
