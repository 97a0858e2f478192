using System.Collections.Immutable;
using CertLang.Packs.Evaluation;
using CertLang.Packs.Model;
using CertLang.Planning.Plans;
using CertLang.Planning.Products;
using CertLang.TestSupport;

namespace CertLang.Planning.Tests;

/// <summary>Follow-up checks and renewals, hand-computed: counted from the certificate, in calendar months, renewal started one lead time before expiry.</summary>
public sealed class FollowUpTests
{
    private const string Pack = """
        pack f version 1.0.0
        category appliance
        market CN

        regime A in CN {
          validity 2 years
          surveillance "Audit" every 1 year
          scope { include appliance }
          process { step s "S" takes 1 month }
        }
        regime B in CN { requires A  scope { include appliance } process { step t "T" takes 2 weeks } }
        regime M in CN {
          validity 3 months
          surveillance "Check" every 1 month
          scope { include appliance }
          process { step s "S" takes 10 days }
        }
        """;

    private static readonly Planner Planner = new(new PackEvaluator(PackCompiler.Build(PackCompiler.Compile(("pack.cert", Pack)))));

    [Fact]
    public void Follow_ups_count_from_the_certificate_not_from_the_shipment_date()
    {
        var a = Regime(new DateOnly(2027, 6, 1), "A");

        Assert.Equal(("2027-04-18", "2027-05-18"), (Iso(a.Steps[0].Start), Iso(a.Steps[0].End)));
        Assert.Equal(["2028-05-18", "2029-05-18"], a.Surveillance.Select(s => Iso(s.Due)));
    }

    [Fact]
    public void A_renewal_starts_one_lead_time_before_the_certificate_runs_out()
    {
        var renewal = Regime(new DateOnly(2027, 6, 1), "A").Renewal!;

        Assert.Equal(("2029-05-18", "2029-04-18"), (Iso(renewal.Expires), Iso(renewal.StartBy)));
    }

    [Fact]
    public void Monthly_checks_from_a_month_end_keep_to_month_ends_without_drifting()
    {
        var m = Regime(new DateOnly(2027, 1, 31), "M");

        Assert.Equal(["2027-02-28", "2027-03-31", "2027-04-30"], m.Surveillance.Select(s => Iso(s.Due)));
        Assert.Equal("2027-04-30", Iso(m.Renewal!.Expires));
    }

    [Fact]
    public void A_regime_without_validity_has_no_renewal()
    {
        Assert.Null(Regime(new DateOnly(2027, 6, 1), "B").Renewal);
    }

    private static RegimePlan Regime(DateOnly ship, string regime)
    {
        var product = new PlannedProduct("P", null, new ProductFacts("P", ImmutableSortedDictionary.CreateRange(StringComparer.Ordinal, [KeyValuePair.Create("category", new PackValue(Text: "appliance"))])));
        var plan = Planner.Plan(new PlanRequest([product], ["CN"], ship, new DateOnly(2026, 1, 1), Estimate.Pessimistic));
        return plan.Products.Single().Regimes.Single(r => r.Regime == regime);
    }

    private static string Iso(DateOnly date) => date.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
}
