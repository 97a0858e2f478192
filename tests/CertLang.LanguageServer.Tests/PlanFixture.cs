using System.Text.RegularExpressions;
using CertLang.LanguageServer.Features.Plan;

namespace CertLang.LanguageServer.Tests;

/// <summary>A product made for <see cref="FixturePack"/> (Fixtures/products/kettle.json), the <c>certlang/plan</c> request for it, and what to read off the page.</summary>
internal static partial class PlanFixture
{
    /// <summary>The kettle's file as a <c>file://</c> URI.</summary>
    public static string Kettle { get; } = new Uri(Path.Combine(FixturePack.Folder, "..", "products", "kettle.json")).AbsoluteUri;

    /// <summary>The kettle shipped on 2027-06-01 to <paramref name="markets"/>, today being 2026-01-01.</summary>
    public static PlanParams KettleIn(params string[] markets) => new(Kettle, markets, "2027-06-01", Today: "2026-01-01");

    /// <summary>The distinct "start by" dates of a plan's page, in order.</summary>
    public static IEnumerable<string> StartDates(string html) => StartBy().Matches(html).Select(m => $"start by {m.Groups[1].Value}").Distinct();

    [GeneratedRegex("start by (?:<span class=\"date\">)?([0-9]{4}-[0-9]{2}-[0-9]{2})")]
    private static partial Regex StartBy();
}
