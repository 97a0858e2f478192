using System.Text.Json;
using CertLang.TestSupport;

namespace CertLang.Cli.Tests;

/// <summary>
/// The example pack leaves no mandatory scheme silent. The Wi-Fi router, the laptop adapter and the hair dryer are
/// planned to all 13 markets, and in each market every scheme the research notes name as mandatory for the product
/// (sections 1-13 and the scope verdicts of section 17.3: P4, P3, P1) is either planned (required or satisfied by
/// another regime of the plan), or a gap (required with no lead time in the pack), or covered by a <c>not covered</c>
/// line of the market - never <c>not-required</c>.
/// </summary>
public sealed class ExamplePackCoverageTests
{
    private const string Markets = "CN,EU,GB,KR,JP,IN,EAEU,BR,MX,SA,AUNZ,US,CA";

    /// <summary>What the notes say each product needs, per market: a regime's name, or "not covered: " and a part of the market's text.</summary>
    private static readonly Dictionary<string, Dictionary<string, string[]>> Expected = new()
    {
        // P4 Wi-Fi router, 12 V DC, Wi-Fi, internet-connected.
        ["wifi_router.json"] = new()
        {
            ["CN"] = ["SRRC", "not covered: network access licence"],      // section 1, Related; P4
            ["EU"] = ["RED", "RED_CYBER"],                                   // section 2; P4 (Delegated Reg. 2022/30 from 1 Aug 2025)
            ["GB"] = ["UKCA_RADIO", "PSTI", "not covered: Radio Equipment Regulations"], // section 3; P4
            ["KR"] = ["KC_EMC"],                                             // section 4; P4 (RRA)
            ["JP"] = ["GITEKI"],                                             // section 5, Recognition; P4
            ["IN"] = ["WPC_ETA", "TEC_MTCTE"],                               // section 6, Related; P4
            ["EAEU"] = ["EAC_EMC", "not covered: Radio equipment"],          // section 7; P4
            ["BR"] = ["ANATEL"],                                             // section 8; P4
            ["MX"] = ["IFT"],                                                // section 9; P4
            ["SA"] = ["CST", "not covered: routers"],                        // section 10; P4
            ["AUNZ"] = ["ACMA"],                                             // section 11; P4
            ["US"] = ["FCC_CERTIFICATION"],                                  // section 12; P4
            ["CA"] = ["ISED", "ICES_003"],                                   // section 13; P4
        },
        // P3 laptop power adapter, 100-240 V AC in.
        ["laptop_adapter.json"] = new()
        {
            ["CN"] = ["CCC"],
            ["EU"] = ["LVD", "EMC"],
            ["GB"] = ["UKCA_SAFETY", "UKCA_EMC"],
            ["KR"] = ["KC_SAFETY", "KC_EMC"],
            ["JP"] = ["PSE_DIAMOND"],
            ["IN"] = ["BIS_CRS"],
            ["EAEU"] = ["EAC_LVE", "EAC_EMC"],
            ["BR"] = [],                                                     // P3: INMETRO "No (u)", no radio
            ["MX"] = ["NOM_019"],
            ["SA"] = ["SASO_IECEE_RC"],
            ["AUNZ"] = ["EESS", "ACMA"],
            ["US"] = ["FCC_SDOC"],                                           // P3: Part 15B (u); NRTL only for workplaces
            ["CA"] = ["CA_SAFETY", "ICES_001"],
        },
        // P1 hair dryer, 230 V AC only: not a product of the 100-127 V markets (section 17.1).
        ["hair_dryer.json"] = new()
        {
            ["CN"] = ["CCC"],
            ["EU"] = ["LVD", "EMC"],
            ["GB"] = ["UKCA_SAFETY", "UKCA_EMC"],
            ["KR"] = ["KC_SAFETY", "KC_EMC"],
            ["JP"] = ["JP_MAINS_VARIANT"],                                   // P1: "a 230 V-only model is not a JP product"
            ["IN"] = ["BIS_ISI_QCO"],                                        // P1: ISI-mark QCOs instead of CRS
            ["EAEU"] = ["EAC_LVE", "EAC_EMC"],
            ["BR"] = ["INMETRO"],
            ["MX"] = ["NOM_003", "MX_MAINS_VARIANT"],                         // P1: NOM-003, 127 V variant
            ["SA"] = ["SASO_PCOC", "GMARK"],                                 // P1: high-risk list and G-mark List 2
            ["AUNZ"] = ["EESS"],
            ["US"] = ["US_MAINS_VARIANT"],                                   // P1: "230 V model not a US product"
            ["CA"] = ["CA_MAINS_VARIANT"],                                   // P1: the 120 V variant is certified
        },
    };

    public static TheoryData<string> Products => [.. Expected.Keys];

    [Theory]
    [MemberData(nameof(Products))]
    public void Every_scheme_the_notes_name_is_planned_a_gap_or_not_covered_in_every_market(string product)
    {
        var result = Certc.Run(RepositoryPaths.Root,
            "plan", "--pack", "examples", "--product", Path.Combine("examples", "products", product),
            "--markets", Markets, "--ship", "2027-06-01", "--today", "2026-11-25", "--format", "json");

        Assert.Equal((0, ""), (result.ExitCode, result.Error));
        var plan = Assert.Single(JsonDocument.Parse(result.Output).RootElement.GetProperty("products").EnumerateArray());
        var markets = plan.GetProperty("markets").EnumerateArray().ToDictionary(m => m.GetProperty("market").GetString()!);
        Assert.Equal(Markets.Split(',').Order(StringComparer.Ordinal), markets.Keys.Order(StringComparer.Ordinal));

        var problems = new List<string>();
        foreach (var (market, schemes) in Expected[product])
        {
            var entry = markets[market];
            var notCovered = entry.GetProperty("notCovered").EnumerateArray().Select(t => t.GetString()!).ToList();
            var regimes = entry.GetProperty("regimes").EnumerateArray().ToDictionary(r => r.GetProperty("regime").GetString()!);
            foreach (var scheme in schemes)
            {
                if (scheme.StartsWith("not covered: ", StringComparison.Ordinal))
                {
                    var text = scheme["not covered: ".Length..];
                    if (!notCovered.Any(line => line.Contains(text, StringComparison.Ordinal)))
                    {
                        problems.Add($"{market}: no `not covered` line mentions \"{text}\"");
                    }
                }
                else if (!regimes.TryGetValue(scheme, out var regime))
                {
                    problems.Add($"{market}: {scheme} is not in the plan");
                }
                else if (regime.GetProperty("status").GetString() is not ("required" or "satisfied-by") and var status)
                {
                    problems.Add($"{market}: {scheme} is {status}, but the notes name it for this product");
                }
            }
        }

        Assert.True(problems.Count == 0, $"{product}:\n  " + string.Join("\n  ", problems));
    }

    [Fact]
    public void A_scheme_without_figures_in_the_notes_is_a_gap_that_makes_the_plan_incomplete()
    {
        var result = Certc.Run(RepositoryPaths.Root,
            "plan", "--pack", "examples", "--product", Path.Combine("examples", "products", "wifi_router.json"),
            "--markets", Markets, "--ship", "2027-06-01", "--today", "2026-11-25", "--format", "json");

        var plan = Assert.Single(JsonDocument.Parse(result.Output).RootElement.GetProperty("products").EnumerateArray());
        var gaps = plan.GetProperty("markets").EnumerateArray().SelectMany(m => m.GetProperty("regimes").EnumerateArray())
            .Where(r => r.GetProperty("noLeadTime").GetBoolean()).Select(r => r.GetProperty("regime").GetString()!).Order(StringComparer.Ordinal);

        Assert.Equal("incomplete", plan.GetProperty("verdict").GetString());
        Assert.Equal(["ACMA", "GITEKI", "ICES_003", "PSTI", "SRRC", "TEC_MTCTE", "WPC_ETA"], gaps);
    }
}
