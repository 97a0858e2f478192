using System.Text.RegularExpressions;

namespace CertLang.Planning.Reports;

/// <summary>ISO dates in escaped HTML text marked as <c>span.date</c>, which the plan's style keeps from wrapping at the hyphens.</summary>
internal static partial class HtmlDates
{
    /// <summary><paramref name="escaped"/> (already escaped) with every <c>YYYY-MM-DD</c> in a <c>&lt;span class="date"&gt;</c>.</summary>
    public static string Mark(string escaped) => IsoDate().Replace(escaped, "<span class=\"date\">$0</span>");

    [GeneratedRegex(@"\b\d{4}-\d{2}-\d{2}\b")]
    private static partial Regex IsoDate();
}
